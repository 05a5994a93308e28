using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>A user as messages and look-ups carry it: <c>{_id, username, name}</c>.</summary>
internal sealed class RcUserRef
{
    [JsonPropertyName("_id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("username")]
    public string Username { get; set; } = "";

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    public ChatUser ToChatUser() => new(Id, Username, Name ?? "");
}

using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>One room the bot belongs to, from <c>subscriptions.get</c>.</summary>
internal sealed class RcSubscription
{
    [JsonPropertyName("rid")]
    public string RoomId { get; set; } = "";

    [JsonPropertyName("t")]
    public string Type { get; set; } = "";

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

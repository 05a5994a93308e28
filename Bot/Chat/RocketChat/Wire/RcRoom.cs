using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>A room as <c>rooms.info</c> and <c>dm.create</c> describe it.</summary>
internal sealed class RcRoom
{
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    /// <summary><c>dm.create</c> names the id <c>rid</c>.</summary>
    [JsonPropertyName("rid")]
    public string? Rid { get; set; }

    [JsonPropertyName("t")]
    public string? Type { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    public string RoomId => Rid ?? Id ?? "";
}

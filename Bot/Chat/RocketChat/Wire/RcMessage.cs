using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>A message as REST and the realtime stream send it (only the fields the bot reads).</summary>
internal sealed class RcMessage
{
    [JsonPropertyName("_id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("rid")]
    public string RoomId { get; set; } = "";

    [JsonPropertyName("msg")]
    public string? Text { get; set; }

    [JsonPropertyName("ts")]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonPropertyName("u")]
    public RcUserRef? User { get; set; }

    /// <summary>Thread root id: set on thread replies.</summary>
    [JsonPropertyName("tmid")]
    public string? ThreadId { get; set; }

    /// <summary>System message type (uj, ul, au, ...): absent on messages people write.</summary>
    [JsonPropertyName("t")]
    public string? Type { get; set; }

    [JsonPropertyName("editedAt")]
    public DateTimeOffset? EditedAt { get; set; }

    [JsonPropertyName("_updatedAt")]
    public DateTimeOffset? UpdatedAt { get; set; }
}

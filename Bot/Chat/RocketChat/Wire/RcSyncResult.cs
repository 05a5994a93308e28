using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>Messages of a room updated since a date, newest first.</summary>
internal sealed class RcSyncResult
{
    [JsonPropertyName("updated")]
    public List<RcMessage> Updated { get; set; } = [];
}

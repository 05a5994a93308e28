using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>The file <c>rooms.media</c> stored (not shown anywhere until <c>rooms.mediaConfirm</c>).</summary>
internal sealed class RcUploadedFile
{
    [JsonPropertyName("_id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("url")]
    public string? Url { get; set; }
}

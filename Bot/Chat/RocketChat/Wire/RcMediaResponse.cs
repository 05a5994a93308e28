using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary><c>rooms.media/{rid}</c>: <c>{file:{_id, url}, success}</c>.</summary>
internal sealed class RcMediaResponse
{
    [JsonPropertyName("file")]
    public RcUploadedFile? File { get; set; }
}

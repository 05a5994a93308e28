using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>The <c>message</c> object of <c>chat.sendMessage</c>; the bot chooses the id so a retry cannot duplicate.</summary>
internal sealed class RcOutgoingMessage
{
    [JsonPropertyName("_id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("rid")]
    public string RoomId { get; set; } = "";

    [JsonPropertyName("msg")]
    public string Text { get; set; } = "";

    [JsonPropertyName("tmid")]
    public string? ThreadId { get; set; }

    [JsonPropertyName("attachments")]
    public List<RcAttachment>? Attachments { get; set; }
}

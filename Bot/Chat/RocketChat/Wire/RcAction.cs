using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>
/// A legacy attachment button: a click posts <see cref="Message"/> into the room as the clicking person,
/// so the bot reads it like a typed command.
/// </summary>
internal sealed class RcAction
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "button";

    [JsonPropertyName("text")]
    public string Text { get; set; } = "";

    [JsonPropertyName("msg")]
    public string Message { get; set; } = "";

    [JsonPropertyName("msg_in_chat_window")]
    public bool MessageInChatWindow { get; set; } = true;

    [JsonPropertyName("msg_processing_type")]
    public string MessageProcessingType { get; set; } = "sendMessage";
}

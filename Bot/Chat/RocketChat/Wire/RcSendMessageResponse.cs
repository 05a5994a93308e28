using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary><c>chat.sendMessage</c> and <c>chat.update</c>: <c>{message, success}</c>.</summary>
internal sealed class RcSendMessageResponse
{
    [JsonPropertyName("message")]
    public RcMessage? Message { get; set; }
}

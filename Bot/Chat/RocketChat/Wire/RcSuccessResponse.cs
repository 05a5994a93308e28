using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>An answer whose only useful content is <c>{success:true}</c> (<c>chat.react</c>).</summary>
internal sealed class RcSuccessResponse
{
    [JsonPropertyName("success")]
    public bool Success { get; set; }
}

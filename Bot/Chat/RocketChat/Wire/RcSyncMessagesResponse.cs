using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary><c>chat.syncMessages</c>: <c>{result:{updated:[...], deleted:[...]}, success}</c>.</summary>
internal sealed class RcSyncMessagesResponse
{
    [JsonPropertyName("result")]
    public RcSyncResult? Result { get; set; }
}

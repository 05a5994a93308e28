using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary><c>users.info</c>: <c>{user, success}</c>.</summary>
internal sealed class RcUserInfoResponse
{
    [JsonPropertyName("user")]
    public RcUserRef? User { get; set; }
}

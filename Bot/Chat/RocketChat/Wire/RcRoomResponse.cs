using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary><c>rooms.info</c> and <c>dm.create</c>: <c>{room, success}</c>.</summary>
internal sealed class RcRoomResponse
{
    [JsonPropertyName("room")]
    public RcRoom? Room { get; set; }
}

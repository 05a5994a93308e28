using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>The second argument of a <c>__my_messages__</c> event: where the message was posted.</summary>
internal sealed class RcRoomEventInfo
{
    [JsonPropertyName("roomParticipant")]
    public bool RoomParticipant { get; set; }

    /// <summary>c public, p private, d direct (also multi-user DMs), l livechat.</summary>
    [JsonPropertyName("roomType")]
    public string RoomType { get; set; } = "";

    [JsonPropertyName("roomName")]
    public string? RoomName { get; set; }
}

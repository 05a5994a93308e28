namespace MissionBot.Chat.RocketChat;

/// <summary>What the adapter makes of a message from the stream or a catch-up; only <see cref="New"/> reaches the domain.</summary>
public enum MessageVerdict
{
    New,
    AlreadyHandled,
    OlderThanListening,
    OwnMessage,
    SystemMessage,
    Edit,
    RoomNotJoined,
    UnsupportedRoom,
    Malformed,
}

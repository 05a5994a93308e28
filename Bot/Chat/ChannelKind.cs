namespace MissionBot.Chat;

/// <summary>The kind of room a message was posted in.</summary>
public enum ChannelKind
{
    Public,
    Private,
    Direct,
    Group,
}

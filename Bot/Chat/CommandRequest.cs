namespace MissionBot.Chat;

/// <summary>
/// A "/mission ..." command as typed by someone: <paramref name="Text"/> is what follows the trigger
/// (for example "join 12"). <paramref name="TriggerId"/> is set when the platform can open a dialog.
/// </summary>
public sealed record CommandRequest(ChatUser User, string ChannelId, string Text, string? TriggerId = null);

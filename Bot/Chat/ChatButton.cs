namespace MissionBot.Chat;

/// <summary>
/// A button under a message. <paramref name="Command"/> is the text command the click stands for
/// (for example "join 12"), so a click and the typed command follow the same path.
/// </summary>
public sealed record ChatButton(string Id, string Label, string Command);

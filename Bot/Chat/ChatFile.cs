namespace MissionBot.Chat;

/// <summary>A file the bot attaches to a message (an export, a report).</summary>
public sealed record ChatFile(string FileName, string ContentType, byte[] Content);

namespace MissionBot.Chat.Console;

/// <summary>A message in the sandbox's in-memory chat, by a person or by the bot (its latest version).</summary>
public sealed record ConsolePost(
    string Id,
    string ChannelId,
    string? ThreadRootId,
    ChatUser Author,
    string Text,
    IReadOnlyList<ChatButton> Buttons);

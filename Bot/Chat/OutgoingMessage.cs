namespace MissionBot.Chat;

/// <summary>A message the bot sends. Text is markdown already made safe by the caller.</summary>
public sealed record OutgoingMessage(string Text)
{
    /// <summary>Root post of the thread to answer in; null for a top-level post.</summary>
    public string? ThreadRootId { get; init; }

    /// <summary>Buttons under the message. Every button has a typed-command twin.</summary>
    public IReadOnlyList<ChatButton> Buttons { get; init; } = [];
}

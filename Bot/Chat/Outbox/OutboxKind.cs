namespace MissionBot.Chat.Outbox;

public enum OutboxKind
{
    Post,
    Direct,
    Update,
    Reaction,
    /// <summary>A DM with a file: the file itself is never stored (it may hold personal data), so it is not retried.</summary>
    DirectFile,
}

namespace MissionBot.Chat.Outbox;

public enum OutboxKind
{
    Post,
    Direct,
    Update,
    Reaction,
}

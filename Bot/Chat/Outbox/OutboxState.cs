namespace MissionBot.Chat.Outbox;

public enum OutboxState
{
    /// <summary>Recorded, not known to be sent: sent again after a crash or a failure.</summary>
    Pending,
    Sent,
    /// <summary>Failed, and its caller undid what it was for: never sent.</summary>
    Abandoned,
}

namespace MissionBot.Chat.Outbox;

public enum OutboxState
{
    /// <summary>Recorded, not known to be sent: sent again after a crash or a failure.</summary>
    Pending,
    Sent,
    /// <summary>Failed, and its caller undid what it was for: never sent.</summary>
    Abandoned,
    /// <summary>Sent inside an earlier entry's post (<see cref="OutboxEntry.JoinedInto"/>), with the same fate.</summary>
    Joined,
}

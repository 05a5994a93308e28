using MissionBot.Chat.Outbox;

namespace MissionBot.Storage;

public sealed class OutboxRepository(BotDatabase db)
{
    private long _lastSequence = -1;

    public OutboxEntry? Find(string key) => db.Outbox.FindById(key);

    /// <summary>Records the entry unless one with the same key exists; returns the stored one.</summary>
    public OutboxEntry AddOrGet(OutboxEntry entry)
    {
        lock (db.Outbox)
        {
            var existing = db.Outbox.FindById(entry.Key);
            if (existing is not null)
            {
                return existing;
            }
            if (_lastSequence < 0)
            {
                _lastSequence = db.Outbox.Count() == 0 ? 0 : db.Outbox.Max(e => e.Sequence);
            }
            entry.Sequence = ++_lastSequence;
            db.Outbox.Insert(entry);
            return entry;
        }
    }

    public void Update(OutboxEntry entry) => db.Outbox.Update(entry);

    /// <summary>Entries still to send, in the order they were recorded.</summary>
    public IReadOnlyList<OutboxEntry> Pending() =>
        db.Outbox.Find(e => e.State == OutboxState.Pending).OrderBy(e => e.Sequence).ThenBy(e => e.CreatedAt).ToList();

    /// <summary>Entries for the same destination as <paramref name="entry"/>, recorded before it and still to send, oldest first.</summary>
    public IReadOnlyList<OutboxEntry> PendingBefore(OutboxEntry entry) =>
        db.Outbox.Find(e => e.State == OutboxState.Pending && e.Target == entry.Target && e.Sequence < entry.Sequence)
            .Where(e => e.Destination == entry.Destination && e.Key != entry.Key)
            .OrderBy(e => e.Sequence)
            .ToList();

    /// <summary>Abandons pending edits of <paramref name="postId"/> recorded before <paramref name="before"/>.</summary>
    public void SupersedeUpdates(string postId, DateTime before)
    {
        foreach (var stale in db.Outbox.Find(e => e.State == OutboxState.Pending && e.Kind == OutboxKind.Update && e.PostId == postId && e.CreatedAt <= before))
        {
            stale.State = OutboxState.Abandoned;
            db.Outbox.Update(stale);
        }
    }

    /// <summary>Forgets sent entries older than <paramref name="before"/>; keys are only needed while replays may happen.</summary>
    public int PruneSent(DateTime before) => db.Outbox.DeleteMany(e => e.State != OutboxState.Pending && e.CreatedAt < before);
}

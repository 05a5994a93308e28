using MissionBot.Chat.Outbox;

namespace MissionBot.Storage;

/// <summary>
/// The outbox collection, plus an in-memory list of each destination's pending entries (loaded once, then
/// kept in step by <see cref="AddOrGet"/>, <see cref="Update"/> and <see cref="SupersedeUpdates"/>): every send
/// first looks for earlier pending entries to the same destination, and asking the database meant reading
/// every pending entry each time.
/// </summary>
public sealed class OutboxRepository(BotDatabase db)
{
    private readonly Dictionary<string, SortedDictionary<long, string>> _pendingByDestination = [];
    private bool _pendingLoaded;
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
            Track(entry);
            return entry;
        }
    }

    public void Update(OutboxEntry entry)
    {
        lock (db.Outbox)
        {
            db.Outbox.Update(entry);
            Track(entry);
        }
    }

    /// <summary>Entries still to send, in the order they were recorded.</summary>
    public IReadOnlyList<OutboxEntry> Pending() =>
        db.Outbox.Find(e => e.State == OutboxState.Pending).OrderBy(e => e.Sequence).ThenBy(e => e.CreatedAt).ToList();

    /// <summary>Entries for the same destination as <paramref name="entry"/>, recorded before it and still to send, oldest first.</summary>
    public IReadOnlyList<OutboxEntry> PendingBefore(OutboxEntry entry)
    {
        List<string> keys;
        lock (db.Outbox)
        {
            LoadPending();
            keys = _pendingByDestination.TryGetValue(entry.Destination, out var pending)
                ? [.. pending.TakeWhile(p => p.Key < entry.Sequence).Select(p => p.Value).Where(k => k != entry.Key)]
                : [];
        }
        // The database has the last word (an entry erased with a person's data is simply gone).
        return [.. keys.Select(k => db.Outbox.FindById(k)).OfType<OutboxEntry>().Where(e => e.State == OutboxState.Pending)];
    }

    /// <summary>Abandons pending edits of <paramref name="postId"/> recorded before <paramref name="before"/>.</summary>
    public void SupersedeUpdates(string postId, DateTime before)
    {
        foreach (var stale in db.Outbox.Find(e => e.State == OutboxState.Pending && e.Kind == OutboxKind.Update && e.PostId == postId && e.CreatedAt <= before))
        {
            stale.State = OutboxState.Abandoned;
            Update(stale);
        }
    }

    /// <summary>Forgets sent entries older than <paramref name="before"/>; keys are only needed while replays may happen.</summary>
    public int PruneSent(DateTime before) => db.Outbox.DeleteMany(e => e.State != OutboxState.Pending && e.CreatedAt < before);

    /// <summary>Keeps the destination's pending list in step with the entry's state. Call under the collection lock.</summary>
    private void Track(OutboxEntry entry)
    {
        if (!_pendingLoaded)
        {
            return;
        }
        if (!_pendingByDestination.TryGetValue(entry.Destination, out var pending))
        {
            pending = [];
            _pendingByDestination[entry.Destination] = pending;
        }
        if (entry.State == OutboxState.Pending)
        {
            pending[entry.Sequence] = entry.Key;
        }
        else
        {
            pending.Remove(entry.Sequence);
        }
    }

    /// <summary>What earlier runs left pending, read once. Call under the collection lock.</summary>
    private void LoadPending()
    {
        if (_pendingLoaded)
        {
            return;
        }
        _pendingLoaded = true;
        foreach (var entry in db.Outbox.Find(e => e.State == OutboxState.Pending))
        {
            Track(entry);
        }
    }
}

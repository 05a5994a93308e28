using LiteDB;
using MissionBot.Chat.Outbox;

namespace MissionBot.Storage;

/// <summary>
/// The outbox collection, plus an in-memory list of each destination's pending entries (loaded once, then
/// kept in step by <see cref="Add"/>, <see cref="AddOrGet"/>, <see cref="Update"/> and <see cref="MarkSettled"/>): every send
/// first looks for earlier pending entries to the same destination, and asking the database meant reading
/// every pending entry each time. "Sent" marks are written in batches (<see cref="MarkSettled"/>), a fifth of a
/// second apart: four messages per volunteer reply made four more commits otherwise. A crash in between only
/// leaves a sent message marked pending; the relay sends it again with the same idempotency key, which the
/// server recognises (Mattermost's pending_post_id; a reaction or an edit is the same the second time).
/// Writing back a delivery (a mark, a failure) changes only the delivery fields of the stored entry: its text may
/// have been scrubbed meanwhile by an erasure (<see cref="EraseFor"/>), and the sender's copy must not bring it back.
/// The collection has no index but its key: the pending list answers the relay, and the prune walks the keys
/// once (each index was about a page more in every write of a reply, bench/RESULTS.md item 43).
/// The entries still to send are read from memory too (<see cref="_unsettled"/>), and a new key is known new
/// without a lookup (<see cref="BotDatabase.MayHold"/>): LiteDB's lookup by key, a walk of its query pipeline, was
/// a sixth of a reply's cost, mostly for entries in flight or not stored at all (item 56).
/// </summary>
public sealed class OutboxRepository : IDisposable
{
    public static readonly TimeSpan MarksEvery = TimeSpan.FromMilliseconds(200);

    /// <summary>Between the texts of joined DMs (<see cref="Join"/>): each stays its own paragraph.</summary>
    public const string JoinedSeparator = "\n\n";

    private readonly BotDatabase _db;
    private readonly Dictionary<string, OutboxEntry> _unsavedMarks = [];
    private readonly Timer _marks;
    /// <summary>
    /// Recording order, then the key: entries recorded before sequence numbers existed all have 0, and each must
    /// keep its place (the relay sends them all).
    /// </summary>
    private static readonly Comparer<(long Sequence, string Key)> RecordingOrder =
        Comparer<(long Sequence, string Key)>.Create((a, b) => a.Sequence != b.Sequence ? a.Sequence.CompareTo(b.Sequence) : string.CompareOrdinal(a.Key, b.Key));

    private readonly Dictionary<string, SortedSet<(long Sequence, string Key)>> _pendingByDestination = [];

    /// <summary>
    /// Copies of the stored entries still to send, and of those joined to a post still to send, by key, exactly as
    /// stored: every write here updates them once it is done, and a rolled-back transaction puts them back. Handed
    /// out as copies (callers change theirs). Settled entries leave, with the parts of a settled post (they are
    /// seldom read again, and a joined part stays joined in the database for good).
    /// </summary>
    private readonly Dictionary<string, OutboxEntry> _unsettled = [];
    private bool _loaded;

    private long _lastSequence = -1;
    /// <summary>The first sequence number this process gave (0 until it recorded something).</summary>
    private long _firstSequenceThisRun;
    private readonly ILogger? _logger;

    public OutboxRepository(BotDatabase db, ILogger<OutboxRepository>? logger = null)
    {
        _db = db;
        _logger = logger;
        _marks = new Timer(_ => TimerWrite.Quietly(SaveMarks, _logger, "Outbox sent marks"), null, MarksEvery, MarksEvery);
    }

    /// <summary>
    /// The calling thread's open transaction (<see cref="BotDatabase.OpenTransaction"/>), or null: an entry recorded
    /// inside goes once it commits.
    /// </summary>
    public Task? OpenTransaction => _db.OpenTransaction;

    public OutboxEntry? Find(string key)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            return _unsavedMarks.TryGetValue(key, out var marked) ? marked : Stored(key);
        }
    }

    /// <summary>How many copies are kept in memory (tests: no more than a reopened outbox keeps).</summary>
    internal int KeptCopies
    {
        get
        {
            lock (_db.Outbox)
            {
                LoadOnce();
                return _unsettled.Count;
            }
        }
    }

    /// <summary>The entry as stored, or null: from memory when it is unsettled or was never recorded. Call under the collection lock.</summary>
    private OutboxEntry? Stored(string key) =>
        _unsettled.TryGetValue(key, out var unsettled) ? unsettled.Copy()
        : _db.MayHold(CollectionNames.Outbox, key) ? _db.Outbox.FindById(key)
        : null;

    /// <summary>
    /// The entry went out, or a newer edit of its post supersedes it: known at once here, written with the next batch
    /// of marks.
    /// </summary>
    public void MarkSettled(OutboxEntry entry)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            _unsavedMarks[entry.Key] = entry;
            Track(entry);
        }
    }

    /// <summary>Writes the marks not written yet, in one transaction.</summary>
    public void SaveMarks()
    {
        lock (_db.Outbox)
        {
            // Nothing marked, nothing loaded: the timer's first rounds must not scan the outbox while the bot starts.
            if (_unsavedMarks.Count == 0)
            {
                return;
            }
            LoadOnce();
            // Written in one bulk write, which is one LiteDB transaction (see WatermarkRepository.Flush for why
            // not BeginTrans). An entry erased meanwhile is simply gone.
            var stored = _unsavedMarks.Keys.Select(Stored).OfType<OutboxEntry>().ToList();
            stored.ForEach(s => s.TakeDeliveryOf(_unsavedMarks[s.Key]));
            if (stored.Count > 0)
            {
                _db.Outbox.Update(stored);
                stored.ForEach(Keep);
            }
            _unsavedMarks.Clear();
        }
    }

    public void Dispose()
    {
        _marks.Dispose();
        SaveMarks();
    }

    /// <summary>Records the entry unless one with the same key exists; returns the stored one.</summary>
    public OutboxEntry AddOrGet(OutboxEntry entry) => AddOrGetAll([entry])[0];

    /// <summary>
    /// <see cref="AddOrGet"/> for several entries, the new ones recorded in one write (all or none); returns the
    /// stored ones, in the same order.
    /// </summary>
    public IReadOnlyList<OutboxEntry> AddOrGetAll(IReadOnlyList<OutboxEntry> entries)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            var stored = new List<OutboxEntry>(entries.Count);
            var added = new List<OutboxEntry>();
            foreach (var entry in entries)
            {
                // Looked up rather than inserted and caught: an exception inside a LiteDB write rolls back whatever
                // transaction the thread holds, which LiteDB 5 does not survive well under load. Recorded before,
                // or given twice in this call: the first one stands.
                var known = added.Find(a => a.Key == entry.Key) ?? _unsavedMarks.GetValueOrDefault(entry.Key) ?? Stored(entry.Key);
                if (known is null)
                {
                    added.Add(entry);
                }
                stored.Add(known ?? entry);
            }
            if (added.Count > 0)
            {
                InsertLocked(added);
            }
            return stored;
        }
    }

    /// <summary>Records an entry whose key was just made (a fresh GUID): no stored entry can have it.</summary>
    public OutboxEntry Add(OutboxEntry entry)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            InsertLocked([entry]);
            return entry;
        }
    }

    /// <summary>Writes the entry's delivery (state, attempts, where it went) onto the stored entry, if it is still there.</summary>
    public void Update(OutboxEntry entry)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            _unsavedMarks.Remove(entry.Key);
            var stored = Stored(entry.Key);
            if (stored is null)
            {
                Forget(entry);
                return;
            }
            stored.TakeDeliveryOf(entry);
            _db.Outbox.Update(stored);
            Keep(stored);
        }
    }

    /// <summary>Entries still to send, in the order they were recorded.</summary>
    public IReadOnlyList<OutboxEntry> Pending()
    {
        List<string> keys;
        lock (_db.Outbox)
        {
            LoadOnce();
            keys = [.. _pendingByDestination.Values.SelectMany(p => p).Order(RecordingOrder).Select(p => p.Key)];
        }
        return StillPending(keys);
    }

    /// <summary>
    /// Deletes the entries <paramref name="delete"/> picks and rewrites those <paramref name="scrub"/> changes
    /// (it returns true when it changed the entry), with no delivery written meanwhile; returns how many were touched.
    /// </summary>
    public int EraseFor(Func<OutboxEntry, bool> delete, Func<OutboxEntry, bool> scrub)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            // Marks first, so that what follows reads and rewrites the entries as they are.
            SaveMarks();
            var touched = 0;
            var released = new HashSet<string>();
            foreach (var listed in _db.Outbox.FindAll().ToList())
            {
                // A part released earlier in this loop (its leader deleted) changed after the list was read: as it is now.
                if ((released.Contains(listed.Key) ? Stored(listed.Key) : listed) is not { } entry)
                {
                    continue;
                }
                if (delete(entry))
                {
                    _db.Outbox.Delete(entry.Key);
                    Forget(entry);
                    Drop(entry.Key);
                    touched++;
                    if (entry.State == OutboxState.Pending)
                    {
                        // The others its post was to carry go on their own again.
                        var freed = ReleaseCarried(entry);
                        released.UnionWith(freed);
                        touched += freed.Count;
                    }
                }
                else if (scrub(entry))
                {
                    _db.Outbox.Update(entry);
                    Keep(entry);
                    touched++;
                }
            }
            return touched;
        }
    }

    /// <summary>
    /// Puts back on their own the pending entries <paramref name="leader"/> was to carry; returns their keys. Call
    /// under the collection lock.
    /// </summary>
    private List<string> ReleaseCarried(OutboxEntry leader)
    {
        var released = new List<string>();
        foreach (var carried in leader.Carries.Select(Stored).OfType<OutboxEntry>().Where(e => e.State == OutboxState.Joined))
        {
            carried.State = OutboxState.Pending;
            carried.JoinedInto = "";
            _db.Outbox.Update(carried);
            Keep(carried);
            released.Add(carried.Key);
        }
        return released;
    }

    /// <summary>Entries for the same destination as <paramref name="entry"/>, recorded before it and still to send, oldest first.</summary>
    public IReadOnlyList<OutboxEntry> PendingBefore(OutboxEntry entry)
    {
        List<string> keys;
        lock (_db.Outbox)
        {
            LoadOnce();
            keys = _pendingByDestination.TryGetValue(entry.Destination, out var pending)
                ? [.. pending.TakeWhile(p => RecordingOrder.Compare(p, (entry.Sequence, entry.Key)) < 0).Select(p => p.Key)]
                : [];
        }
        return StillPending(keys);
    }

    /// <summary>
    /// Keys of the entries for the same destination as <paramref name="entry"/>, recorded after it and still to send,
    /// oldest first: from memory, nothing read.
    /// </summary>
    public IReadOnlyList<string> PendingKeysAfter(OutboxEntry entry)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            return _pendingByDestination.TryGetValue(entry.Destination, out var pending)
                ? [.. pending.Where(p => RecordingOrder.Compare(p, (entry.Sequence, entry.Key)) > 0).Select(p => p.Key)]
                : [];
        }
    }

    /// <summary>
    /// Makes <paramref name="leader"/>'s post carry the texts of <paramref name="followers"/> after its own
    /// (<see cref="OutboxEntry.Carries"/>), and marks them <see cref="OutboxState.Joined"/> to it, in one write before
    /// anything is sent: after a crash the relay sends the joined post once, under the leader's key, and none of the
    /// followers alone. Texts stay each in its entry (an erasure scrubs or deletes them one by one; see
    /// <see cref="TextToSend"/>). False, changing nothing, when one of them is no longer pending.
    /// </summary>
    public bool Join(OutboxEntry leader, IReadOnlyList<OutboxEntry> followers)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            var keys = followers.Select(f => f.Key).Prepend(leader.Key).ToList();
            var stored = keys.Select(Stored).OfType<OutboxEntry>().ToDictionary(e => e.Key);
            if (keys.Any(k => !stored.TryGetValue(k, out var e) || e.State != OutboxState.Pending || _unsavedMarks.ContainsKey(k)))
            {
                return false;
            }
            // A leader never carried anything before (it was never tried): its list is these.
            var carried = keys.Skip(1).ToList();
            stored[leader.Key].Carries = carried;
            foreach (var key in carried)
            {
                stored[key].State = OutboxState.Joined;
                stored[key].JoinedInto = leader.Key;
            }
            _db.Outbox.Update(keys.Select(k => stored[k]));
            keys.ForEach(k => Keep(stored[k]));
            leader.Carries = stored[leader.Key].Carries;
            foreach (var follower in followers)
            {
                follower.State = OutboxState.Joined;
                follower.JoinedInto = leader.Key;
            }
            return true;
        }
    }

    /// <summary>
    /// The entry's text followed by those of the entries its post carries, as stored now: one erased since is left
    /// out, one scrubbed goes scrubbed.
    /// </summary>
    public string TextToSend(OutboxEntry entry) =>
        entry.Carries.Count == 0
            ? entry.Text
            : string.Join(JoinedSeparator, entry.Carries.Select(Find).OfType<OutboxEntry>().Select(e => e.Text).Prepend(entry.Text));

    /// <summary>
    /// True for an entry recorded by this process: one recorded before a restart may have reached the server
    /// without its mark being written, and the server would answer a joined post under its key with the old one.
    /// </summary>
    public bool RecordedThisRun(OutboxEntry entry)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            return _firstSequenceThisRun > 0 && entry.Sequence >= _firstSequenceThisRun;
        }
    }

    /// <summary>
    /// The entries of <paramref name="keys"/> as they are now, those still to send: the database (or a mark not yet
    /// written) has the last word, and an entry erased with a person's data is simply gone.
    /// </summary>
    private List<OutboxEntry> StillPending(List<string> keys) =>
        [.. keys.Select(Find).OfType<OutboxEntry>().Where(e => e.State == OutboxState.Pending)];

    /// <summary>
    /// Abandons the pending edits of <paramref name="sent"/>'s post recorded before it (so that a relay never
    /// sends an older state over the newer one). A post's edits share its destination, and only the entries
    /// recorded before this one are looked at: usually none, since the send went through those first (a query
    /// over the outbox after every edit was a fifth of a reply's cost).
    /// </summary>
    public void SupersedeUpdates(OutboxEntry sent)
    {
        foreach (var stale in PendingBefore(sent).Where(e => e.Kind == OutboxKind.Update && e.PostId == sent.PostId))
        {
            stale.State = OutboxState.Abandoned;
            Update(stale);
        }
    }

    /// <summary>
    /// True while the entry is known to wait in this process (recorded or failed, not sent, abandoned or
    /// superseded since): the caller's copy is then the current one and the database need not be asked.
    /// </summary>
    public bool IsKnownPending(OutboxEntry entry)
    {
        lock (_db.Outbox)
        {
            LoadOnce();
            return !_unsavedMarks.ContainsKey(entry.Key)
                && _pendingByDestination.TryGetValue(entry.Destination, out var pending)
                && pending.Contains((entry.Sequence, entry.Key));
        }
    }

    /// <summary>
    /// Forgets sent or abandoned entries older than <paramref name="before"/>; keys are only needed while replays
    /// may happen. Those still to send stay, and so do those joined to a post still to send (it carries their text).
    /// </summary>
    public int PruneSent(DateTime before)
    {
        HashSet<BsonValue> carriedByUnsent;
        lock (_db.Outbox)
        {
            LoadOnce();
            // A part joined to a post is never pending again once the post is settled; while the post waits, it
            // carries the part's text. Only entries created before the prune began can be selected, and none of
            // them joins a post that waits (only entries recorded by this process and never tried may).
            carriedByUnsent = [.. _unsettled.Values.Where(e => e.State == OutboxState.Pending).SelectMany(e => e.Carries).Select(k => new BsonValue(k))];
        }
        // An entry marked sent but not yet written reads as pending here: it waits for the next round.
        var pruned = _db.Outbox.DeleteInChunks(e => e.CreatedAt < before && e.State != OutboxState.Pending, carriedByUnsent);
        if (pruned > 0)
        {
            _db.RefreshStoredKeys(CollectionNames.Outbox);
        }
        return pruned;
    }

    /// <summary>Numbers the entries in recording order and writes them in one transaction. Call under the collection lock.</summary>
    private void InsertLocked(List<OutboxEntry> entries)
    {
        if (_lastSequence < 0)
        {
            _lastSequence = _db.Outbox.Count() == 0 ? 0 : _db.Outbox.Max(e => e.Sequence);
            _firstSequenceThisRun = _lastSequence + 1;
        }
        var last = _lastSequence;
        foreach (var entry in entries)
        {
            entry.Sequence = ++last;
        }
        _db.Outbox.Insert(entries);
        // Kept only once written: a failed write leaves the next entries the same numbers to use.
        _lastSequence = last;
        // Written inside a larger transaction (a volunteer reply's): off the pending lists again if it is not kept.
        entries.ForEach(Keep);
    }

    /// <summary>
    /// Keeps memory in step with what was just written of <paramref name="stored"/> (its copy, and its place on its
    /// destination's pending list), and puts the previous state back if the transaction it was written in is rolled
    /// back. Every write of an entry ends here. Call under the collection lock.
    /// </summary>
    private void Keep(OutboxEntry stored)
    {
        Track(stored);
        if (stored.State == OutboxState.Pending || (stored.State == OutboxState.Joined && CarriedByUnsent(stored, _unsettled)))
        {
            Replace(stored.Key, stored.Copy());
            return;
        }
        Replace(stored.Key, null);
        // Its parts are settled with it.
        stored.Carries.ForEach(Drop);
    }

    /// <summary>The entry was deleted: no copy of it stays (<see cref="Keep"/>). Call under the collection lock.</summary>
    private void Drop(string key) => Replace(key, null);

    private void Replace(string key, OutboxEntry? copy)
    {
        var had = _unsettled.Remove(key, out var previous);
        if (copy is not null)
        {
            _unsettled[key] = copy;
        }
        _db.IfRolledBack(() =>
        {
            // The pending lists too: the entry waits again exactly if it was waiting before.
            if (copy is not null)
            {
                Forget(copy);
            }
            _unsettled.Remove(key);
            if (had)
            {
                _unsettled[key] = previous!;
                Track(previous!);
            }
        });
    }

    /// <summary>Keeps the destination's pending list in step with the entry's state. Call under the collection lock.</summary>
    private void Track(OutboxEntry entry)
    {
        var known = _pendingByDestination.TryGetValue(entry.Destination, out var pending);
        if (entry.State == OutboxState.Pending)
        {
            if (!known)
            {
                pending = new SortedSet<(long Sequence, string Key)>(RecordingOrder);
                _pendingByDestination[entry.Destination] = pending;
            }
            pending!.Add((entry.Sequence, entry.Key));
        }
        else
        {
            Forget(entry);
        }
    }

    /// <summary>Drops the entry from its destination's pending list. Call under the collection lock.</summary>
    private void Forget(OutboxEntry entry)
    {
        if (_pendingByDestination.TryGetValue(entry.Destination, out var pending) && pending.Remove((entry.Sequence, entry.Key)) && pending.Count == 0)
        {
            // Destinations come and go (a reply's reaction is one of its own): keep only those with something pending.
            _pendingByDestination.Remove(entry.Destination);
        }
    }

    /// <summary>
    /// What earlier runs left unsettled, read at the first call rather than when the outbox opens: the scan (no
    /// index on the state) would delay the connection after a restart by as long as it takes (item 56). Every
    /// call loads before it writes, so a load inside a transaction never reads an outbox write of that transaction.
    /// Read whole before it counts as loaded: a read that fails is tried again by the next call. Call under the
    /// collection lock.
    /// </summary>
    private void LoadOnce()
    {
        if (_loaded)
        {
            return;
        }
        var unsettled = _db.Outbox.Find(e => e.State == OutboxState.Pending || e.State == OutboxState.Joined).ToList();
        var pending = unsettled.Where(e => e.State == OutboxState.Pending).ToDictionary(e => e.Key);
        _loaded = true;
        foreach (var entry in unsettled.Where(e => e.State == OutboxState.Pending || CarriedByUnsent(e, pending)))
        {
            Track(entry);
            _unsettled[entry.Key] = entry;
        }
    }

    /// <summary>
    /// True for a joined entry whose post is still to send. Its leader's list says so: a leader erased or pruned
    /// leaves its parts joined to a key that a later entry may take.
    /// </summary>
    private static bool CarriedByUnsent(OutboxEntry joined, Dictionary<string, OutboxEntry> unsettled) =>
        unsettled.GetValueOrDefault(joined.JoinedInto) is { State: OutboxState.Pending } leader && leader.Carries.Contains(joined.Key);

}

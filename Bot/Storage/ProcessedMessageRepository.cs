using System.Collections.Concurrent;

namespace MissionBot.Storage;

/// <summary>
/// Remembers which incoming posts were fully handled, so that a post delivered twice (a live event and a
/// catch-up after a reconnect, or a replay after a restart) changes nothing the second time.
/// </summary>
public sealed class ProcessedMessageRepository(BotDatabase db)
{
    /// <summary>Claimed posts: <see cref="Claimed"/>, or <see cref="Recorded"/> once written by <see cref="CompleteWithin"/>.</summary>
    private readonly ConcurrentDictionary<string, byte> _inFlight = new();
    private const byte Claimed = 0;
    private const byte Recorded = 1;

    /// <summary>
    /// Claims a post for handling; false when it was handled before or is being handled right now.
    /// A claimed post must be released with <see cref="Complete"/> or <see cref="Abandon"/>.
    /// </summary>
    public bool TryBegin(string postId)
    {
        if (!_inFlight.TryAdd(postId, Claimed))
        {
            return false;
        }
        if (WasProcessed(postId))
        {
            _inFlight.TryRemove(postId, out _);
            return false;
        }
        return true;
    }

    public void Complete(string postId, DateTime at)
    {
        if (!_inFlight.TryGetValue(postId, out var state) || state != Recorded)
        {
            // An insert, not an upsert (which looks the id up first): the claim found no record, and only the claim's
            // holder writes one.
            db.ProcessedMessages.Insert(new ProcessedMessage { Id = postId, At = at });
        }
        _inFlight.TryRemove(postId, out _);
    }

    /// <summary>
    /// Records a claimed post as handled inside the caller's transaction, with the writes that handled it (a
    /// volunteer reply's candidacy and messages, which the outbox then delivers whatever happens): one write fewer,
    /// and <see cref="Complete"/> has nothing left to write. A post not claimed here is left to its handler.
    /// </summary>
    public void CompleteWithin(string postId, DateTime at)
    {
        if (db.OpenTransaction is null)
        {
            throw new InvalidOperationException("A post is recorded as handled within a transaction only.");
        }
        if (!_inFlight.TryGetValue(postId, out var state) || state != Claimed)
        {
            return;
        }
        db.ProcessedMessages.Insert(new ProcessedMessage { Id = postId, At = at });
        _inFlight[postId] = Recorded;
        db.IfRolledBack(() => _inFlight.TryUpdate(postId, Claimed, Recorded));
    }

    /// <summary>Handling failed: the post may be handled again (by a replay or a catch-up).</summary>
    public void Abandon(string postId) => _inFlight.TryRemove(postId, out _);

    /// <summary>True when the post was handled (a new post, the usual case, is known new without a lookup).</summary>
    public bool WasProcessed(string postId) =>
        db.MayHold(CollectionNames.ProcessedMessages, postId) && db.ProcessedMessages.FindById(postId) is not null;

    /// <summary>Forgets posts handled before <paramref name="before"/>: replays never go back that far.</summary>
    public int Prune(DateTime before)
    {
        var pruned = db.ProcessedMessages.DeleteInChunks(p => p.At < before);
        if (pruned > 0)
        {
            db.RefreshStoredKeys(CollectionNames.ProcessedMessages);
        }
        return pruned;
    }
}

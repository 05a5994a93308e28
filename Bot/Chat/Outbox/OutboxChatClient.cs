using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Chat.Outbox;

/// <summary>
/// Puts every message the bot sends through a persistent outbox: recorded before sending, marked when sent,
/// sent again after a crash or a failure (by <see cref="OutboxRelay"/>), and never sent twice for the same
/// idempotency key. Messages to one destination (a channel's new posts, a person's DM, one post's edits and
/// reactions: see <see cref="OutboxEntry.Destination"/>) leave in the order they were
/// recorded: one at a time, and a message waits until the earlier ones that are still pending have gone.
/// Wraps the platform's client; reads pass straight through. Last line of defence for what the platform
/// shows: channel-wide mentions are neutralised and texts cut to the platform's maximum length.
/// </summary>
public sealed class OutboxChatClient(IChatClient inner, OutboxRepository outbox, TimeProvider clock, ILogger<OutboxChatClient> logger) : IChatClient
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _sending = new();
    private readonly DestinationGates _gates = new();
    /// <summary>Kept entries whose callers wait for their destination's turn, by key.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, OutboxEntry> _waiting = new();

    /// <summary>Keys of the entries whose callers wait for their destination's turn (for tests).</summary>
    internal IReadOnlyCollection<string> WaitingKeys => [.. _waiting.Keys];

    /// <summary>At most this many DMs in one post: a burst's summary stays readable.</summary>
    internal const int MaxJoined = 20;

    public string Platform => inner.Platform;

    public ChatUser Me => inner.Me;

    public int MaxMessageLength => inner.MaxMessageLength;

    public int MeasureLength(string text) => inner.MeasureLength(text);

    public Task<string> ResolveChannelIdAsync(string channelName, CancellationToken cancellationToken) =>
        inner.ResolveChannelIdAsync(channelName, cancellationToken);

    public Task<ChatUser?> FindUserByUsernameAsync(string username, CancellationToken cancellationToken) =>
        inner.FindUserByUsernameAsync(username, cancellationToken);

    public Task<ChatUser?> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        inner.GetUserAsync(userId, cancellationToken);

    public Task<PostRef> PostAsync(string channelId, OutgoingMessage message, CancellationToken cancellationToken) =>
        SendAsync(Record(OutboxKind.Post, channelId, "", message), message.RetryLater, cancellationToken);

    public Task<PostRef> SendDirectAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken) =>
        SendAsync(Record(OutboxKind.Direct, userId, "", message), message.RetryLater, cancellationToken);

    /// <summary>
    /// Sends a file by DM once per idempotency key. The file is not stored (exports hold personal data): a
    /// failure is not retried later, the caller hears of it and may tell the person.
    /// </summary>
    public async Task<PostRef> SendDirectFileAsync(string userId, OutgoingMessage message, ChatFile file, CancellationToken cancellationToken)
    {
        var entry = Record(OutboxKind.DirectFile, userId, "", message);
        if (entry.State == OutboxState.Sent)
        {
            logger.LogDebug("Outbox {Key} already sent; not sending again", entry.Key);
            return new PostRef(entry.SentChannelId, entry.SentPostId);
        }
        entry.FileName = file.FileName;
        entry.Attempts++;
        _sending[entry.Key] = 0;
        try
        {
            var sent = await inner.SendDirectFileAsync(userId, Guarded(entry.ToMessage()), file, cancellationToken);
            entry.State = OutboxState.Sent;
            entry.SentAt = clock.GetUtcNow().UtcDateTime;
            entry.SentChannelId = sent.ChannelId;
            entry.SentPostId = sent.PostId;
            outbox.Update(entry);
            return sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            entry.State = OutboxState.Abandoned;
            outbox.Update(entry);
            logger.LogWarning("Outbox {Key} (file {FileName}) not sent: {Error}", entry.Key, file.FileName, ex.Message);
            throw;
        }
        finally
        {
            _sending.TryRemove(entry.Key, out _);
        }
    }

    public Task UpdatePostAsync(PostRef post, OutgoingMessage message, CancellationToken cancellationToken)
    {
        // Updates carry the latest state: each one is new, and a later one supersedes an unsent earlier one.
        return SendAsync(Record(Edit(post, message), message), message.RetryLater, cancellationToken);
    }

    public Task AddReactionAsync(PostRef post, string emojiName, CancellationToken cancellationToken) =>
        SendAsync(outbox.AddOrGet(Reaction(post, emojiName)), retryLater: true, cancellationToken);

    /// <summary>
    /// Both recorded in one write before either goes (a commit each was a sixth of a volunteer reply's storage
    /// work, bench/RESULTS.md), then sent side by side.
    /// </summary>
    public Task ReactAndSendDirectAsync(PostRef post, string emojiName, string userId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var recorded = outbox.AddOrGetAll([Reaction(post, emojiName), Entry(OutboxKind.Direct, userId, "", message)]);
        return Task.WhenAll(
            SendAsync(recorded[0], retryLater: true, cancellationToken),
            SendAsync(recorded[1], message.RetryLater, cancellationToken));
    }

    /// <summary>
    /// Both recorded in one write before either goes (the owner's notice and the announcement edit of a volunteer
    /// reply: a write fewer, a sixth of the reply's log pages, bench/RESULTS.md item 42), then sent side by side.
    /// </summary>
    public Task SendDirectAndUpdatePostAsync(string userId, OutgoingMessage message, PostRef post, OutgoingMessage update, CancellationToken cancellationToken)
    {
        var recorded = outbox.AddOrGetAll([Entry(OutboxKind.Direct, userId, "", message), Edit(post, update)]);
        return Task.WhenAll(
            SendAsync(recorded[0], message.RetryLater, cancellationToken),
            SendAsync(recorded[1], update.RetryLater, cancellationToken));
    }

    /// <summary>
    /// Sends one pending entry again (the relay, after a crash or a failure); false when it is being sent
    /// right now by the live path.
    /// </summary>
    public async Task<bool> TryDeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (_sending.ContainsKey(entry.Key))
        {
            return false;
        }
        if (entry.Kind == OutboxKind.DirectFile)
        {
            // Interrupted by a crash: the file was never stored, so it cannot be sent again.
            entry.State = OutboxState.Abandoned;
            outbox.Update(entry);
            logger.LogWarning("Outbox {Key}: file {FileName} interrupted and not kept; abandoned", entry.Key, entry.FileName);
            return false;
        }
        var turn = await _gates.EnterAsync(entry.Destination, cancellationToken);
        try
        {
            var current = outbox.Find(entry.Key);
            if (current is null || current.State != OutboxState.Pending || _sending.ContainsKey(entry.Key))
            {
                return false;
            }
            await SendOneAsync(current, retryLater: true, cancellationToken);
            return true;
        }
        finally
        {
            turn.Dispose();
        }
    }

    /// <summary>
    /// Records what is to be sent under the message's idempotency key, or under a new one made of
    /// <paramref name="keyPrefix"/> and a fresh GUID when the caller gave none.
    /// </summary>
    private OutboxEntry Record(OutboxKind kind, string target, string postId, OutgoingMessage message) =>
        Record(Entry(kind, target, postId, message), message);

    private OutboxEntry Record(OutboxEntry entry, OutgoingMessage message) =>
        // A key made here is new by construction: no earlier entry to look for (a lookup walks the key index).
        message.IdempotencyKey is null ? outbox.Add(entry) : outbox.AddOrGet(entry);

    /// <summary>An edit of <paramref name="post"/>, the same way whether recorded alone or with a DM (keys made here name the post).</summary>
    private OutboxEntry Edit(PostRef post, OutgoingMessage message) =>
        Entry(OutboxKind.Update, post.ChannelId, post.PostId, message, keyPrefix: $"update:{post.PostId}");

    private OutboxEntry Reaction(PostRef post, string emojiName) =>
        Entry(OutboxKind.Reaction, post.ChannelId, post.PostId, new OutgoingMessage("") { IdempotencyKey = $"reaction:{post.PostId}:{emojiName}" }, emojiName);

    private OutboxEntry Entry(OutboxKind kind, string target, string postId, OutgoingMessage message, string emoji = "", string keyPrefix = "auto") =>
        new()
        {
            Key = message.IdempotencyKey ?? $"{keyPrefix}:{Guid.NewGuid():N}",
            Kind = kind,
            Target = target,
            PostId = postId,
            Text = message.Text,
            ThreadRootId = message.ThreadRootId ?? "",
            Buttons = message.Buttons.Select(OutboxButton.From).ToList(),
            // Joined DMs share their leader's fate: only those that are sent again after a failure may join.
            MayJoinOthers = message.MayJoinOthers && message.RetryLater,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Emoji = emoji,
        };

    /// <summary>Sends <paramref name="entry"/> after any earlier pending entry for the same destination.</summary>
    private async Task<PostRef> SendAsync(OutboxEntry entry, bool retryLater, CancellationToken cancellationToken)
    {
        if (entry.State == OutboxState.Sent)
        {
            logger.LogDebug("Outbox {Key} already sent; not sending again", entry.Key);
            return new PostRef(entry.SentChannelId, entry.SentPostId);
        }
        if (outbox.OpenTransaction is { } recording)
        {
            // Recorded inside a transaction (a volunteer reply's, with its candidacy): it goes once that is kept,
            // never if it is not (the wait then ends cancelled).
            await recording;
        }
        var turn = await WaitForTurnAsync(entry, cancellationToken);
        try
        {
            // Sent while this call waited for the destination (by the call ahead of it, which sends earlier entries
            // first to keep the order), or an edit superseded meanwhile by a newer one: never twice.
            // A joinable DM is read again: another caller with the same key may have joined others to it meanwhile.
            var current = outbox.IsKnownPending(entry) && !entry.MayJoinOthers ? entry : outbox.Find(entry.Key);
            if (current is { State: OutboxState.Sent })
            {
                return new PostRef(current.SentChannelId, current.SentPostId);
            }
            if (current is { State: OutboxState.Joined })
            {
                return JoinedPost(current);
            }
            if (current is { State: OutboxState.Abandoned, Kind: OutboxKind.Update } && entry.State == OutboxState.Pending)
            {
                return new PostRef(entry.Target, entry.PostId);
            }
            if (entry.Kind == OutboxKind.Update && NewerEditWaits(entry))
            {
                // Edits carry the whole post, and a newer one of this post waits right behind: it goes instead (a
                // burst of volunteers on one mission makes one edit per round trip, not one per volunteer).
                entry.State = OutboxState.Abandoned;
                outbox.MarkSettled(entry);
                return new PostRef(entry.Target, entry.PostId);
            }
            foreach (var earlier in outbox.PendingBefore(entry))
            {
                if (entry.Kind == OutboxKind.Update && earlier.Kind == OutboxKind.Update && earlier.PostId == entry.PostId)
                {
                    // Edits carry the whole post: only the newest one needs to go (many replies, one edit).
                    earlier.State = OutboxState.Abandoned;
                    outbox.Update(earlier);
                    continue;
                }
                // A file interrupted by a crash cannot be sent again (the relay abandons it): it holds nothing up.
                if (earlier.Kind == OutboxKind.DirectFile || _sending.ContainsKey(earlier.Key))
                {
                    continue;
                }
                try
                {
                    await SendOneAsync(earlier, retryLater: true, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // This one stays recorded and goes after the earlier one, never before it.
                    if (!retryLater)
                    {
                        entry.State = OutboxState.Abandoned;
                        outbox.Update(entry);
                    }
                    throw;
                }
            }
            var sending = entry.MayJoinOthers && current is not null ? current : entry;
            JoinFollowers(sending);
            return await SendOneAsync(sending, retryLater, cancellationToken);
        }
        finally
        {
            turn.Dispose();
        }
    }

    /// <summary>
    /// Waits for the destination's turn, showing meanwhile that the entry is kept (its transaction, if any,
    /// committed) and that its caller will send it: what <see cref="NewerEditWaits"/> and
    /// <see cref="JoinFollowers"/> rely on.
    /// </summary>
    private async Task<IDisposable> WaitForTurnAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        _waiting[entry.Key] = entry;
        try
        {
            return await _gates.EnterAsync(entry.Destination, cancellationToken);
        }
        finally
        {
            _waiting.TryRemove(entry.Key, out _);
        }
    }

    /// <summary>True when a newer edit of the same post is recorded and its caller waits for the turn (it will send it).</summary>
    private bool NewerEditWaits(OutboxEntry entry) =>
        outbox.PendingKeysAfter(entry).Any(k => _waiting.TryGetValue(k, out var newer) && newer.Kind == OutboxKind.Update);

    /// <summary>
    /// Gives <paramref name="entry"/> the texts of the joinable DMs queued right behind it for the same person, as
    /// long as they fit in one post: they go out in it. Only those whose callers wait for the turn (kept, and
    /// not being sent elsewhere); the first one that cannot join ends the run, so the person's messages keep
    /// their order.
    /// </summary>
    private void JoinFollowers(OutboxEntry entry)
    {
        if (!CanJoin(entry))
        {
            return;
        }
        var followers = new List<OutboxEntry>();
        // Counted as the last guard will cut it: in UTF-16 units, mentions neutralised.
        var length = SafeText.NeutraliseMentions(entry.Text).Length;
        foreach (var key in outbox.PendingKeysAfter(entry))
        {
            if (followers.Count + 1 == MaxJoined || !_waiting.TryGetValue(key, out var next) || !CanJoin(next))
            {
                break;
            }
            length += OutboxRepository.JoinedSeparator.Length + SafeText.NeutraliseMentions(next.Text).Length;
            if (length > inner.MaxMessageLength)
            {
                break;
            }
            followers.Add(next);
        }
        if (followers.Count > 0 && outbox.Join(entry, followers))
        {
            logger.LogDebug("Outbox {Key} carries {Count} more message(s) to the same person", entry.Key, followers.Count);
        }
    }

    /// <summary>
    /// A plain DM marked joinable, never tried and recorded by this process: one from before a restart may have
    /// reached the server already, which would answer a joined post under its key with the post it has.
    /// </summary>
    private bool CanJoin(OutboxEntry entry) =>
        entry is { Kind: OutboxKind.Direct, MayJoinOthers: true, State: OutboxState.Pending, Attempts: 0, Buttons.Count: 0, ThreadRootId.Length: 0, Carries.Count: 0 }
        && outbox.RecordedThisRun(entry);

    /// <summary>Where a joined entry's text went: its leader's post, once that is sent (its failure is this one's).</summary>
    private PostRef JoinedPost(OutboxEntry joined)
    {
        var leader = outbox.Find(joined.JoinedInto);
        return leader is { State: OutboxState.Sent }
            ? new PostRef(leader.SentChannelId, leader.SentPostId)
            : throw new InvalidOperationException($"Outbox {joined.Key} goes with {joined.JoinedInto}, not sent yet");
    }

    private async Task<PostRef> SendOneAsync(OutboxEntry entry, bool retryLater, CancellationToken cancellationToken)
    {
        entry.Attempts++;
        _sending[entry.Key] = 0;
        try
        {
            var sent = await SendNowAsync(entry, cancellationToken);
            entry.State = OutboxState.Sent;
            entry.SentAt = clock.GetUtcNow().UtcDateTime;
            entry.SentChannelId = sent.ChannelId;
            entry.SentPostId = sent.PostId;
            outbox.MarkSettled(entry);
            if (entry.Kind == OutboxKind.Update)
            {
                // An older unsent edit must not overwrite this newer one later.
                outbox.SupersedeUpdates(entry);
            }
            return sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var again = retryLater && ex is not IChatFailure { IsPermanent: true };
            entry.State = again ? OutboxState.Pending : OutboxState.Abandoned;
            outbox.Update(entry);
            logger.LogWarning("Outbox {Key} ({Kind}) not sent (attempt {Attempts}): {Error}; {Next}",
                entry.Key, entry.Kind, entry.Attempts, ex.Message, again ? "will retry" : "abandoned");
            throw;
        }
        finally
        {
            _sending.TryRemove(entry.Key, out _);
        }
    }

    /// <summary>Whatever the caller wrote: no channel-wide mention, and no longer than the platform accepts.</summary>
    private OutgoingMessage Guarded(OutgoingMessage message) =>
        message with { Text = SafeText.Truncate(SafeText.NeutraliseMentions(message.Text), inner.MaxMessageLength) };

    private async Task<PostRef> SendNowAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var message = Guarded(entry.ToMessage() with { Text = outbox.TextToSend(entry) });
        switch (entry.Kind)
        {
            case OutboxKind.Post:
                return await inner.PostAsync(entry.Target, message, cancellationToken);
            case OutboxKind.Direct:
                return await inner.SendDirectAsync(entry.Target, message, cancellationToken);
            case OutboxKind.Update:
                await inner.UpdatePostAsync(new PostRef(entry.Target, entry.PostId), message, cancellationToken);
                return new PostRef(entry.Target, entry.PostId);
            default:
                await inner.AddReactionAsync(new PostRef(entry.Target, entry.PostId), entry.Emoji, cancellationToken);
                return new PostRef(entry.Target, entry.PostId);
        }
    }
}

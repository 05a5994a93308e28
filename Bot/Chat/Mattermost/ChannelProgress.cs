namespace MissionBot.Chat.Mattermost;

/// <summary>
/// One channel's posts being handled, possibly several at once: the watermark may only move up to just below
/// the oldest post still in flight, so that a crash never leaves a post that was still being handled behind
/// the watermark (the next catch-up would not bring it back). Not thread-safe: the intake holds its lock.
/// </summary>
internal sealed class ChannelProgress
{
    private readonly SortedSet<(long CreateAt, string PostId)> _inFlight = [];
    private readonly Dictionary<string, long> _admitted = [];
    private long _newestDone;

    /// <summary>A failed post that holds the watermark below it until it is handled (or given up).</summary>
    public HeldPost? Held { get; set; }

    /// <summary>True when the post was not in flight yet.</summary>
    public bool Admit(string postId, long createAt)
    {
        if (!_admitted.TryAdd(postId, createAt))
        {
            return false;
        }
        _inFlight.Add((createAt, postId));
        return true;
    }

    /// <summary>The post is done (handled, skipped or failed); returns how far the watermark may now go.</summary>
    public long Done(string postId, long createAt)
    {
        if (_admitted.Remove(postId, out var admittedAt))
        {
            _inFlight.Remove((admittedAt, postId));
        }
        _newestDone = Math.Max(_newestDone, createAt);
        return _inFlight.Count == 0 ? _newestDone : Math.Min(_newestDone, _inFlight.Min.CreateAt - 1);
    }
}

internal sealed record HeldPost(string PostId, long CreateAt, int Attempts);

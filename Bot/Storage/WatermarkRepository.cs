namespace MissionBot.Storage;

/// <summary>
/// Per-channel catch-up points, kept by the adapters. Live posts move a channel's watermark many times a
/// second, so it is kept in memory and written at most every <see cref="WriteEvery"/> per channel (and when the
/// bot stops). A watermark left a little behind by a crash only makes the next catch-up fetch posts that were
/// already handled, which the processed-post ids then skip.
/// </summary>
public sealed class WatermarkRepository(BotDatabase db, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(1);

    /// <summary>Stored under an id no chat platform uses for a channel.</summary>
    private const string ListingFloorId = "~listing";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Mark> _marks = [];

    public long Get(string channelId) => Find(channelId) ?? 0;

    /// <summary>The channel's watermark, or null for a channel the bot never caught up on.</summary>
    public long? Find(string channelId)
    {
        lock (_gate)
        {
            return _marks.TryGetValue(channelId, out var mark) ? mark.Value : db.Watermarks.FindById(channelId)?.LastCreatedAtMs;
        }
    }

    public IReadOnlyDictionary<string, long> All()
    {
        lock (_gate)
        {
            var all = db.Watermarks.Find(w => w.ChannelId != ListingFloorId).ToDictionary(w => w.ChannelId, w => w.LastCreatedAtMs);
            foreach (var (channelId, mark) in _marks)
            {
                all[channelId] = Math.Max(mark.Value, all.GetValueOrDefault(channelId));
            }
            return all;
        }
    }

    /// <summary>
    /// The newest post time among the channels the last complete catch-up listed, or null before the first
    /// one: a channel missing from that listing only has posts made after it (or history from before the bot
    /// joined it, which is not replayed).
    /// </summary>
    public long? ListingFloor() => db.Watermarks.FindById(ListingFloorId)?.LastCreatedAtMs;

    public void SetListingFloor(long createdAtMs)
    {
        lock (_gate)
        {
            db.Watermarks.Upsert(new ChannelWatermark { ChannelId = ListingFloorId, LastCreatedAtMs = createdAtMs });
        }
    }

    /// <summary>Moves the channel's watermark forward (never back).</summary>
    public void Advance(string channelId, long createdAtMs)
    {
        lock (_gate)
        {
            if (!_marks.TryGetValue(channelId, out var mark))
            {
                var stored = db.Watermarks.FindById(channelId)?.LastCreatedAtMs ?? 0;
                mark = new Mark { Value = stored, Stored = stored, StoredAt = DateTimeOffset.MinValue };
                _marks[channelId] = mark;
            }
            if (createdAtMs <= mark.Value)
            {
                return;
            }
            mark.Value = createdAtMs;
            var now = clock.GetUtcNow();
            if (now - mark.StoredAt >= WriteEvery || now < mark.StoredAt)
            {
                Store(channelId, mark, now);
            }
        }
    }

    /// <summary>Writes every watermark that moved since it was last written.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var (channelId, mark) in _marks)
            {
                if (mark.Value > mark.Stored)
                {
                    Store(channelId, mark, now);
                }
            }
        }
    }

    public void Dispose() => Flush();

    private void Store(string channelId, Mark mark, DateTimeOffset now)
    {
        db.Watermarks.Upsert(new ChannelWatermark { ChannelId = channelId, LastCreatedAtMs = mark.Value });
        mark.Stored = mark.Value;
        mark.StoredAt = now;
    }

    private sealed class Mark
    {
        public long Value { get; set; }

        public long Stored { get; set; }

        public DateTimeOffset StoredAt { get; set; }
    }
}

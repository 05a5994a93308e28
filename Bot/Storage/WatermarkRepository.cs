namespace MissionBot.Storage;

/// <summary>
/// Per-channel catch-up points, kept by the adapters. Live posts move a channel's watermark many times a
/// second, and every DM the bot sends comes back as a post of its own DM channel: watermarks are kept in
/// memory and the ones that moved are written together, in one transaction, every <see cref="WriteEvery"/>
/// (and when the bot stops). A watermark left a little behind by a crash only makes the next catch-up fetch
/// posts that were already handled, which the processed-post ids then skip.
/// </summary>
public sealed class WatermarkRepository : IDisposable
{
    public static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(1);

    /// <summary>Stored under an id no chat platform uses for a channel.</summary>
    private const string ListingFloorId = "~listing";

    private readonly BotDatabase _db;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Mark> _marks = [];
    // The channels whose watermark moved since the last write: a flush looks at those, not at every channel seen.
    private readonly HashSet<string> _moved = [];
    private readonly ITimer _writes;
    private readonly ILogger? _logger;

    public WatermarkRepository(BotDatabase db, TimeProvider clock, ILogger<WatermarkRepository>? logger = null)
    {
        _db = db;
        _logger = logger;
        _writes = clock.CreateTimer(_ => TimerWrite.Quietly(Flush, _logger, "Channel watermarks"), null, WriteEvery, WriteEvery);
    }

    public long Get(string channelId) => Find(channelId) ?? 0;

    /// <summary>The channel's watermark, or null for a channel the bot never caught up on.</summary>
    public long? Find(string channelId)
    {
        lock (_gate)
        {
            return _marks.TryGetValue(channelId, out var mark) ? mark.Value : _db.Watermarks.FindById(channelId)?.LastCreatedAtMs;
        }
    }

    public IReadOnlyDictionary<string, long> All()
    {
        lock (_gate)
        {
            var all = _db.Watermarks.Find(w => w.ChannelId != ListingFloorId).ToDictionary(w => w.ChannelId, w => w.LastCreatedAtMs);
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
    public long? ListingFloor() => _db.Watermarks.FindById(ListingFloorId)?.LastCreatedAtMs;

    public void SetListingFloor(long createdAtMs)
    {
        lock (_gate)
        {
            _db.Watermarks.Upsert(new ChannelWatermark { ChannelId = ListingFloorId, LastCreatedAtMs = createdAtMs });
        }
    }

    /// <summary>Moves the channel's watermark forward (never back).</summary>
    public void Advance(string channelId, long createdAtMs)
    {
        lock (_gate)
        {
            if (!_marks.TryGetValue(channelId, out var mark))
            {
                var stored = _db.Watermarks.FindById(channelId)?.LastCreatedAtMs ?? 0;
                mark = new Mark { Value = stored, Stored = stored };
                _marks[channelId] = mark;
            }
            if (createdAtMs > mark.Value)
            {
                mark.Value = createdAtMs;
                _moved.Add(channelId);
            }
        }
    }

    /// <summary>Writes every watermark that moved since it was last written, in one transaction.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            var moved = _moved.Select(id => (Id: id, Mark: _marks[id])).Where(m => m.Mark.Value > m.Mark.Stored).ToList();
            if (moved.Count == 0)
            {
                _moved.Clear();
                return;
            }
            // One bulk write is one LiteDB transaction. Not BeginTrans/Commit: LiteDB ties an explicit transaction
            // to the thread, and an error inside one rolls it back under the caller's feet (the next Commit then
            // fails an internal check and LiteDB closes the database).
            _db.Watermarks.Upsert(moved.Select(m => new ChannelWatermark { ChannelId = m.Id, LastCreatedAtMs = m.Mark.Value }));
            // Only once written: a failed write leaves them to the next one.
            _moved.Clear();
            foreach (var (_, mark) in moved)
            {
                mark.Stored = mark.Value;
            }
        }
    }

    public void Dispose()
    {
        _writes.Dispose();
        Flush();
    }

    private sealed class Mark
    {
        public long Value { get; set; }

        public long Stored { get; set; }
    }
}

namespace MissionBot.Storage;

/// <summary>Per-channel catch-up points, kept by the adapters.</summary>
public sealed class WatermarkRepository(BotDatabase db)
{
    private readonly Lock _gate = new();

    public long Get(string channelId) => db.Watermarks.FindById(channelId)?.LastCreatedAtMs ?? 0;

    /// <summary>The channel's watermark, or null for a channel the bot never caught up on.</summary>
    public long? Find(string channelId) => db.Watermarks.FindById(channelId)?.LastCreatedAtMs;

    /// <summary>Stored under an id no chat platform uses for a channel.</summary>
    private const string ListingFloorId = "~listing";

    public IReadOnlyDictionary<string, long> All() =>
        db.Watermarks.Find(w => w.ChannelId != ListingFloorId).ToDictionary(w => w.ChannelId, w => w.LastCreatedAtMs);

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
            if (Get(channelId) < createdAtMs)
            {
                db.Watermarks.Upsert(new ChannelWatermark { ChannelId = channelId, LastCreatedAtMs = createdAtMs });
            }
        }
    }
}

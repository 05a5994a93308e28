namespace MissionBot.Storage;

/// <summary>Per-channel catch-up points, kept by the adapters.</summary>
public sealed class WatermarkRepository(BotDatabase db)
{
    private readonly Lock _gate = new();

    public long Get(string channelId) => db.Watermarks.FindById(channelId)?.LastCreatedAtMs ?? 0;

    public IReadOnlyDictionary<string, long> All() => db.Watermarks.FindAll().ToDictionary(w => w.ChannelId, w => w.LastCreatedAtMs);

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

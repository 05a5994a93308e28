namespace MissionBot.Storage;

/// <summary>The newest post handled in a channel, where a catch-up after a disconnect starts from.</summary>
public sealed class ChannelWatermark
{
    public string ChannelId { get; set; } = "";

    /// <summary>Creation time of the newest handled post, in the platform's milliseconds since the epoch.</summary>
    public long LastCreatedAtMs { get; set; }
}

namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmChannel
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>"O" public, "P" private, "D" direct, "G" group.</summary>
    public string Type { get; set; } = "";

    public string TeamId { get; set; } = "";

    /// <summary>Creation time of the channel's newest post (ms since the epoch): catch-up skips channels with nothing newer.</summary>
    public long LastPostAt { get; set; }
}

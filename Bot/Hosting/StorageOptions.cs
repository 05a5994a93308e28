namespace MissionBot.Hosting;

/// <summary>Where the LiteDB file lives (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const int DefaultSyncToDiskMilliseconds = 1000;

    public string Path { get; set; } = "missionbot.db";

    /// <summary>
    /// How often what the database wrote is pushed to the disk itself (fsync). Writes reach the operating system
    /// before they return, so a crash or a kill loses nothing; a power cut can lose this much, which the bot then
    /// catches up from the chat server. When LiteDB copies its log into the data file (every few writes), the log
    /// is synced before the copy, the data file after it, and the emptied log before it is written again, so the
    /// database stays whole through a power cut (bench/RESULTS.md, item 41).
    /// 0: at every write, in LiteDB's own order (each write waits for the disk: several times slower under load).
    /// </summary>
    public int SyncToDiskMilliseconds { get; set; } = DefaultSyncToDiskMilliseconds;

    /// <summary>
    /// Days the bot remembers which posts it handled and which messages it sent (to never answer or send twice
    /// after a restart). Older records are removed every few hours, so that the database does not grow for ever.
    /// </summary>
    public int KeepDeliveryRecordsDays { get; set; } = 30;
}

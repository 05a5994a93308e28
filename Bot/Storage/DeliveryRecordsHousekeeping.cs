using Microsoft.Extensions.Options;
using MissionBot.Hosting;

namespace MissionBot.Storage;

/// <summary>
/// Forgets, every <see cref="Interval"/>, the delivery records older than Storage:KeepDeliveryRecordsDays: the
/// ids of handled posts and the outbox entries already sent or abandoned. They only guard against a replay
/// after a restart, which never reaches that far back; kept for ever they made the database, and its indexes,
/// grow with every message. Pending outbox entries are never removed.
/// </summary>
public sealed class DeliveryRecordsHousekeeping(
    OutboxRepository outbox,
    ProcessedMessageRepository processed,
    IOptions<StorageOptions> storage,
    TimeProvider clock,
    ILogger<DeliveryRecordsHousekeeping> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    /// <summary>The first round waits a little: a starting bot has catching up to do first.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(5);

    /// <summary>One round: how many outbox entries and handled-post ids were removed.</summary>
    public (int Outbox, int Posts) RunOnce()
    {
        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(storage.Value.KeepDeliveryRecordsDays);
        var sent = outbox.PruneSent(before);
        var posts = processed.Prune(before);
        if (sent + posts > 0)
        {
            logger.LogInformation("Delivery records older than {Days} days removed: {OutboxEntries} sent messages, {Posts} handled posts",
                storage.Value.KeepDeliveryRecordsDays, sent, posts);
        }
        return (sent, posts);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(FirstDelay, clock, stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                RunOnce();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed round must not stop the bot (a background service's exception stops the host).
                logger.LogWarning(ex, "Delivery records could not be pruned; next try in {Hours} h", Interval.TotalHours);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

using MissionBot.Interpellation;
using MissionBot.Waves;

namespace MissionBot.Hosting;

/// <summary>
/// Wakes up when the next wave is due (on the injected clock, so tests drive it with a fake clock), runs the due
/// waves, and sleeps again; a new or stopped plan wakes it early. Also loads the ranking index at start.
/// </summary>
public sealed class WaveBackgroundService(
    WaveScheduler scheduler,
    InterpellationIndex index,
    TimeProvider clock,
    ILogger<WaveBackgroundService> logger) : BackgroundService
{
    /// <summary>Longest sleep: the loop re-reads the plans at least this often.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    /// <summary>Shortest sleep, so a plan that keeps failing cannot spin the loop.</summary>
    public static readonly TimeSpan MinSleep = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            index.Warm();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The ranking index could not be loaded at start; it will load on first use");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = scheduler.Changed;
            try
            {
                await scheduler.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Running the due waves failed");
            }
            var next = scheduler.NextDueAt();
            var sleep = next is { } at ? at - clock.GetUtcNow().UtcDateTime : MaxSleep;
            sleep = sleep < MinSleep ? MinSleep : sleep > MaxSleep ? MaxSleep : sleep;
            try
            {
                await Task.WhenAny(Task.Delay(sleep, clock, stoppingToken), changed.WaitAsync(stoppingToken));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

using MissionBot.Storage;

namespace MissionBot.Chat.Outbox;

/// <summary>
/// Sends what the outbox still holds: at start (what a crash interrupted) and then regularly (what a
/// failure left behind), oldest first, only while the platform is connected. A failure ends the round so
/// that messages keep their order.
/// </summary>
public sealed class OutboxRelay(
    OutboxChatClient outboxClient,
    OutboxRepository outbox,
    ConnectionStatus connection,
    TimeProvider clock,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            if (connection.IsConnected)
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: returns how many entries were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var entry in outbox.Pending())
        {
            try
            {
                if (await outboxClient.TryDeliverAsync(entry, cancellationToken))
                {
                    sent++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Outbox round stopped at {Key}: {Error}", entry.Key, ex.Message);
                break;
            }
        }
        if (sent > 0)
        {
            logger.LogInformation("Outbox relay sent {Count} pending message(s)", sent);
        }
        return sent;
    }
}

using MissionBot.Storage;

namespace MissionBot.Chat.Outbox;

/// <summary>
/// Sends what the outbox still holds: at start (what a crash interrupted) and then regularly (what a
/// failure left behind), oldest first, only while the platform is connected. A failure ends the round for
/// that destination (channel or DM) so that its messages keep their order; other destinations go on.
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
        var blocked = new HashSet<string>();
        foreach (var entry in outbox.Pending())
        {
            if (blocked.Contains(entry.Destination))
            {
                continue;
            }
            try
            {
                if (await outboxClient.TryDeliverAsync(entry, cancellationToken))
                {
                    sent++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Outbox round stopped for {Destination} at {Key}: {Error}", entry.Destination, entry.Key, ex.Message);
                blocked.Add(entry.Destination);
            }
        }
        if (sent > 0)
        {
            logger.LogInformation("Outbox relay sent {Count} pending message(s)", sent);
        }
        return sent;
    }
}

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// Runs the adapter: learns who the bot is (<c>GET /me</c>, retried until the server answers), opens the realtime
/// connection, then handles its events one at a time, in order: a catch-up after each reconnection, then messages.
/// </summary>
public sealed class RocketChatListener(
    RocketChatClient chat,
    RocketChatRealtime realtime,
    RocketChatMessageFilter filter,
    RocketChatDispatcher dispatcher,
    RocketChatCatchUp catchUp,
    ConnectionStatus status,
    TimeProvider clock,
    ILogger<RocketChatListener> logger) : BackgroundService
{
    private static readonly TimeSpan FirstIdentifyDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxIdentifyDelay = TimeSpan.FromMinutes(1);

    private readonly ReconnectBackoff _catchUpBackoff = new(FirstIdentifyDelay, MaxIdentifyDelay);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        status.Report(false, "connecting");
        await IdentifyAsync(stoppingToken);
        await realtime.StartAsync();
        await foreach (var item in realtime.Events.ReadAllAsync(stoppingToken))
        {
            switch (item)
            {
                case RealtimeSubscribing { IsReconnection: false } first:
                    filter.StartListening(first.At);
                    break;
                case RealtimeSubscribing:
                    await CatchUpAsync(stoppingToken);
                    break;
                case RealtimeMessage live:
                    await dispatcher.ProcessAsync(live.Message, live.Room.RoomType, live.Room.RoomParticipant, stoppingToken);
                    break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        realtime.Dispose();
        status.Report(false, "stopped");
    }

    private async Task IdentifyAsync(CancellationToken stoppingToken)
    {
        var backoff = new ReconnectBackoff(FirstIdentifyDelay, MaxIdentifyDelay);
        while (true)
        {
            try
            {
                var me = await chat.IdentifyAsync(stoppingToken);
                logger.LogInformation("Connected to Rocket.Chat as @{Username} ({UserId})", me.Username, me.Id);
                return;
            }
            catch (RocketChatApiException ex) when (ex.StatusCode is 401 or 403)
            {
                status.Report(false, "unauthorized");
                logger.LogError("Rocket.Chat refused the bot's credentials ({Status} {Error}): check MISSIONBOT_RocketChat__UserId and MISSIONBOT_RocketChat__Token",
                    ex.StatusCode, ex.Error);
            }
            catch (RocketChatApiException ex)
            {
                status.Report(false, "unreachable");
                logger.LogWarning("Rocket.Chat cannot be reached yet: {Error}", ex.Message);
            }
            await Task.Delay(backoff.NextAfterFailure(), clock, stoppingToken);
        }
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            await catchUp.RunAsync(stoppingToken);
            _catchUpBackoff.Reset();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Reconnecting again brings another catch-up; the filter keeps it from handling anything twice.
            var delay = _catchUpBackoff.NextAfterFailure();
            logger.LogError(ex, "Catching up after the reconnection failed; reconnecting in {DelayMs} ms to try again", (int)delay.TotalMilliseconds);
            await Task.Delay(delay, clock, stoppingToken);
            await realtime.ReconnectAsync();
        }
    }
}

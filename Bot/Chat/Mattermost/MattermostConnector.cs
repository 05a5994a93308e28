namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Connects the bot when the host starts (who am I, which team, then the websocket) and disconnects it when the
/// host stops. A server that is down or refuses the token at start is retried with a capped backoff; /health
/// says "connecting" meanwhile.
/// </summary>
public sealed class MattermostConnector(
    MattermostChatClient chat,
    MattermostEventStream events,
    ConnectionStatus status,
    TimeProvider clock,
    ILogger<MattermostConnector> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                status.Report(false, "connecting");
                await chat.ConnectAsync(stoppingToken);
                await events.StartAsync();
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (MattermostApiException ex) when (ex.StatusCode == 401)
            {
                status.Report(false, "unauthorized");
                logger.LogError("Mattermost refused the bot token (401): check MISSIONBOT_Mattermost__Token. Retrying in {WaitSeconds} s", (int)wait.TotalSeconds);
            }
            catch (MattermostApiException ex) when (ex.IsNotFound)
            {
                status.Report(false, "team not found");
                logger.LogError("Mattermost team not found or not visible to the bot ({Purpose}): check MISSIONBOT_Mattermost__Team and that the bot is a member. Retrying in {WaitSeconds} s",
                    ex.Purpose, (int)wait.TotalSeconds);
            }
            catch (Exception ex)
            {
                status.Report(false, "connecting");
                logger.LogError(ex, "Could not connect to Mattermost; retrying in {WaitSeconds} s", (int)wait.TotalSeconds);
            }
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            wait = wait * 2 < MaxRetry ? wait * 2 : MaxRetry;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await events.StopAsync();
    }
}

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Called when the websocket comes back with a new connection (a new <c>hello</c>): events sent while the bot
/// was away are lost. Catching up on missed posts over REST (PROTOCOLS A5) plugs in here; for now the gap is logged.
/// </summary>
public sealed class MattermostCatchUp(ILogger<MattermostCatchUp> logger)
{
    public Task OnReconnectedAsync(string previousConnectionId, string connectionId, long lastSeq, CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Mattermost websocket reconnected as {ConnectionId} (was {PreviousConnectionId}, last event {LastSeq}); posts made meanwhile are not caught up yet",
            connectionId, previousConnectionId, lastSeq);
        return Task.CompletedTask;
    }
}

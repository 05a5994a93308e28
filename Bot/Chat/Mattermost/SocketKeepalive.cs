using MissionBot.Chat.Mattermost.Wire;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// The webapp's app-level ping: every interval, send {"action":"ping","seq":N}; if the previous ping is still
/// unanswered, the socket is half-open (TCP alive, server gone) and we reconnect.
/// </summary>
internal sealed class SocketKeepalive(TimeSpan interval, TimeProvider clock, ILogger logger)
{
    private long _lastSeq;
    private long _unansweredSeq;

    /// <summary>Our own sequence for actions we send (1, 2, 3...); the server's event seq is separate.</summary>
    public long NextSeq() => Interlocked.Increment(ref _lastSeq);

    /// <summary>A new connection: nothing is pending on it.</summary>
    public void Reset() => Interlocked.Exchange(ref _unansweredSeq, 0);

    public void OnReply(long seqReply) => Interlocked.CompareExchange(ref _unansweredSeq, 0, seqReply);

    public async Task RunAsync(Func<bool> isConnected, Func<string, bool> send, Func<Task> reconnect, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (!isConnected())
                {
                    continue;
                }
                var unanswered = Interlocked.Exchange(ref _unansweredSeq, 0);
                if (unanswered != 0)
                {
                    logger.LogWarning("Mattermost did not answer ping {Seq} within {IntervalSeconds} s; reconnecting", unanswered, (int)interval.TotalSeconds);
                    await reconnect();
                    continue;
                }
                var seq = NextSeq();
                Interlocked.Exchange(ref _unansweredSeq, seq);
                send(MattermostJson.Serialize(new MmSocketAction { Action = "ping", Seq = seq }));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MissionBot.Chat.Mattermost;

namespace MissionBot.Tests.Chat.Mattermost;

/// <summary>The app-level ping that catches half-open sockets, driven by a fake clock.</summary>
public sealed class SocketKeepaliveTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _clock = new();
    private readonly Queue<TaskCompletionSource<string>> _pings = new();
    private readonly TaskCompletionSource _reconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Test]
    public async Task Ping_IsSentEveryInterval_WithIncreasingSeq()
    {
        var keepalive = new SocketKeepalive(Interval, _clock, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var first = ExpectPing();
        var second = ExpectPing();
        var running = Run(keepalive, stop.Token);

        _clock.Advance(Interval);
        var ping1 = JsonNode.Parse(await first.WaitAsync(Patience))!;
        keepalive.OnReply((long)ping1["seq"]!);
        _clock.Advance(Interval);
        var ping2 = JsonNode.Parse(await second.WaitAsync(Patience))!;

        await stop.CancelAsync();
        await running.WaitAsync(Patience);
        Assert.Multiple(() =>
        {
            Assert.That((string?)ping1["action"], Is.EqualTo("ping"));
            Assert.That((long)ping1["seq"]!, Is.EqualTo(1));
            Assert.That((long)ping2["seq"]!, Is.EqualTo(2));
            Assert.That(_reconnected.Task.IsCompleted, Is.False);
        });
    }

    [Test]
    public async Task Ping_LeftUnanswered_ForcesAReconnection()
    {
        var keepalive = new SocketKeepalive(Interval, _clock, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var first = ExpectPing();
        var running = Run(keepalive, stop.Token);

        _clock.Advance(Interval);
        await first.WaitAsync(Patience);
        _clock.Advance(Interval);

        await _reconnected.Task.WaitAsync(Patience);
        await stop.CancelAsync();
        await running.WaitAsync(Patience);
        Assert.That(_reconnected.Task.IsCompleted, Is.True);
    }

    private Task<string> ExpectPing()
    {
        var ping = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pings.Enqueue(ping);
        return ping.Task;
    }

    private Task Run(SocketKeepalive keepalive, CancellationToken cancellationToken) =>
        keepalive.RunAsync(
            isConnected: () => true,
            send: text =>
            {
                if (_pings.TryDequeue(out var ping))
                {
                    ping.SetResult(text);
                }
                return true;
            },
            reconnect: () =>
            {
                _reconnected.TrySetResult();
                return Task.CompletedTask;
            },
            cancellationToken);
}

using System.Net.WebSockets;

namespace MissionBot.Tests.Fakes.Mattermost;

// Fault injection for reliability tests.
public sealed partial class FakeMattermostServer
{
    // How long a client gets to answer the close frame before its socket is cut.
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan HandlerExitWait = TimeSpan.FromSeconds(5);

    /// <summary>The server closes every websocket (close frame 1001 "going away") and returns once they are
    /// gone. Sessions are kept: a client resuming with connection_id/sequence_number gets what it missed.</summary>
    public async Task DropWebSocketsAsync()
    {
        List<FakeWebSocketConnection> connections;
        lock (_gate)
        {
            connections = [.. _connections];
            foreach (var connection in connections)
            {
                CloseLocked(connection, WebSocketCloseStatus.EndpointUnavailable, "server going away");
            }
        }
        NotifyChanged();
        if (!await ConnectionsEndedAsync(connections, CloseGrace))
        {
            // A client that never answers the close frame: cut it.
            foreach (var connection in connections)
            {
                connection.Abort();
            }
            await ConnectionsEndedAsync(connections, HandlerExitWait);
        }
    }

    /// <summary>Cuts every websocket without a close handshake, as a network failure would.</summary>
    public async Task AbortWebSocketsAsync()
    {
        var connections = AbortAllWebSockets();
        await ConnectionsEndedAsync(connections, HandlerExitWait);
    }

    /// <summary>Like a server restart for websockets: drops them and forgets every connection_id, so the
    /// next connection gets a new hello (seq 0) and the client must catch up over REST.</summary>
    public async Task RestartWebSocketsAsync()
    {
        await DropWebSocketsAsync();
        lock (_gate)
        {
            _sessions.Clear();
        }
        NotifyChanged();
    }

    /// <summary>The next <paramref name="times"/> REST calls with this method whose path starts with
    /// <paramref name="pathPrefix"/> get <paramref name="statusCode"/>: 429 in Mattermost's plain-text form
    /// with Retry-After: 1, other codes with the error JSON.</summary>
    public void FailNextRequests(string method, string pathPrefix, int statusCode, int times = 1)
    {
        lock (_gate)
        {
            _faults.Add(new FakeFault(method, pathPrefix, statusCode, times));
        }
    }

    private List<FakeWebSocketConnection> AbortAllWebSockets()
    {
        List<FakeWebSocketConnection> connections;
        lock (_gate)
        {
            connections = [.. _connections];
        }
        foreach (var connection in connections)
        {
            connection.Abort();
        }
        return connections;
    }

    private async Task<bool> ConnectionsEndedAsync(List<FakeWebSocketConnection> connections, TimeSpan timeout)
    {
        try
        {
            await WaitUntilAsync(() =>
            {
                lock (_gate)
                {
                    return !connections.Any(_connections.Contains);
                }
            }, "the dropped websockets are gone", timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}

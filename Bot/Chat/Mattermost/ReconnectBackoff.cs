using System.Security.Cryptography;
using Websocket.Client;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Capped exponential backoff with jitter between reconnection attempts, reset once the server says hello:
/// a restarting server is not hammered, and several bots do not all come back at the same instant.
/// </summary>
internal sealed class ReconnectBackoff
{
    private TimeSpan _current;

    public ReconnectBackoff(TimeSpan first, TimeSpan max)
    {
        First = first;
        Max = max;
        _current = first;
    }

    public TimeSpan First { get; }

    public TimeSpan Max { get; }

    /// <summary>Grows the wait before the next attempt and hands it to the socket; returns it for the logs.</summary>
    public TimeSpan Next(WebsocketClient? socket, DisconnectionType reason)
    {
        var wait = reason == DisconnectionType.NoMessageReceived ? First : _current;
        var doubled = _current * 2;
        _current = doubled < Max ? doubled : Max;
        var withJitter = wait + TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(Math.Max(1, (int)(wait.TotalMilliseconds / 5))));
        if (socket is not null)
        {
            socket.ErrorReconnectTimeout = withJitter;
            socket.LostReconnectTimeout = withJitter;
        }
        return withJitter;
    }

    public void Reset(WebsocketClient? socket)
    {
        _current = First;
        if (socket is not null)
        {
            socket.ErrorReconnectTimeout = First;
            socket.LostReconnectTimeout = First;
        }
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// One accepted socket. Everything sent goes through a queue drained by a single loop, so frames keep the
/// order in which the server stamped their seq and two sends never overlap.
/// </summary>
internal sealed class FakeWebSocketConnection
{
    private readonly Channel<FakeWebSocketFrame> _outbox = Channel.CreateUnbounded<FakeWebSocketFrame>(new UnboundedChannelOptions { SingleReader = true });
    private readonly WebSocket _socket;

    public FakeWebSocketConnection(WebSocket socket, CancellationToken stopping)
    {
        _socket = socket;
        SendLoop = RunSendLoopAsync(stopping);
    }

    /// <summary>The authenticated session this socket serves; null until authentication. Guarded by the server's lock.</summary>
    public FakeWebSocketSession? Session { get; set; }

    public Task SendLoop { get; }

    private volatile bool _silent;

    /// <summary>True once the connection went silent (half-open): it neither sends nor answers.</summary>
    public bool IsSilent => _silent;

    public void Send(string text)
    {
        if (!_silent)
        {
            _outbox.Writer.TryWrite(new FakeWebSocketFrame(text));
        }
    }

    /// <summary>From now on nothing is sent on this socket, which stays open: a half-open connection.</summary>
    public void Silence() => _silent = true;

    /// <summary>Sends a close frame after whatever is already queued; nothing is sent after it.</summary>
    public void Close(WebSocketCloseStatus status, string description)
    {
        _outbox.Writer.TryWrite(new FakeWebSocketFrame(null, status, description));
        _outbox.Writer.TryComplete();
    }

    /// <summary>Cuts the connection without a close handshake, like a network failure.</summary>
    public void Abort()
    {
        _outbox.Writer.TryComplete();
        _socket.Abort();
    }

    public void CompleteSending() => _outbox.Writer.TryComplete();

    /// <summary>The next text message, or null once the client closed (or the socket failed).</summary>
    public async Task<string?> ReceiveTextAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    // The client started the close: answer it through the queue, after pending frames.
                    Close(WebSocketCloseStatus.NormalClosure, "");
                }
                return null;
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    private async Task RunSendLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in _outbox.Reader.ReadAllAsync(cancellationToken))
            {
                if (frame.Text is null)
                {
                    if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(frame.CloseStatus, frame.CloseDescription, cancellationToken);
                    }
                    return;
                }
                await _socket.SendAsync(Encoding.UTF8.GetBytes(frame.Text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket went away; the receive side notices and detaches the connection.
        }
    }
}

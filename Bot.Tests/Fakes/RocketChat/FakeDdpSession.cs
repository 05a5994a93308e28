using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>One websocket client of the fake server: its login, its subscription, and an ordered outbox.</summary>
public sealed class FakeDdpSession(WebSocket socket)
{
    private readonly Channel<string> _outbox = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public WebSocket Socket { get; } = socket;

    /// <summary>The user logged in on this connection, once <c>login</c> succeeded.</summary>
    public FakeRcUser? User { get; set; }

    /// <summary>The id of the <c>__my_messages__</c> subscription, once ready.</summary>
    public string? MessagesSubscriptionId { get; set; }

    public bool Connected { get; set; }

    public void Send(JsonObject frame) => _outbox.Writer.TryWrite(frame.ToJsonString());

    /// <summary>Writes queued frames one at a time (a websocket allows a single writer).</summary>
    public async Task RunOutboxAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in _outbox.Reader.ReadAllAsync(cancellationToken))
            {
                await Socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is gone; the reader side cleans up.
        }
    }

    public void Close() => _outbox.Writer.TryComplete();
}

using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Hosting;
using Websocket.Client;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// The live event stream: /api/v4/websocket with the bot token on the upgrade request, reconnection with a
/// capped backoff, an app-level ping that catches half-open sockets, and <c>posted</c> events handed to the
/// domain one at a time, each in isolation (one failing event is logged and never blocks the next one).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A stream of events, not a System.IO.Stream; the name is the one the design uses.")]
public sealed class MattermostEventStream(
    IOptions<MattermostOptions> options,
    MattermostChatClient chat,
    IChatInbox inbox,
    ConnectionStatus status,
    MattermostCatchUp catchUp,
    TimeProvider clock,
    ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<MattermostEventStream>();
    private readonly Channel<StreamWork> _work = Channel.CreateUnbounded<StreamWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<IDisposable> _subscriptions = [];
    private WebsocketClient? _socket;
    private Task _processing = Task.CompletedTask;
    private Task _keepalive = Task.CompletedTask;
    private SocketKeepalive? _keepaliveState;
    private long _expectedSeq;
    private string? _connectionId;

    private ReconnectBackoff Backoff { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    /// <summary>Every 30 s like the webapp, more often when the silence timeout is configured shorter.</summary>
    public static TimeSpan PingInterval(int timeoutSeconds) => TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds / 3.0, 1, 30));

    /// <summary>"http://host/x" → "ws://host/x/api/v4/websocket"; https gives wss.</summary>
    public static Uri SocketUri(string serverUrl)
    {
        var builder = new UriBuilder(serverUrl.TrimEnd('/') + "/api/v4/websocket");
        builder.Scheme = builder.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return builder.Uri;
    }

    /// <summary>Opens the socket and starts handling events; a server that is down is retried in the background.</summary>
    public async Task StartAsync()
    {
        var settings = options.Value;
        var keepalive = new SocketKeepalive(PingInterval(settings.WebSocketTimeoutSeconds), clock, _logger);
        _keepaliveState = keepalive;
        var socket = new WebsocketClient(SocketUri(settings.Url), loggerFactory.CreateLogger<WebsocketClient>(), CreateNativeSocket)
        {
            Name = "mattermost",
            IsReconnectionEnabled = true,
            // Silence longer than this means a dead connection: the server pings every 60 s and we every 30 s.
            ReconnectTimeout = TimeSpan.FromSeconds(settings.WebSocketTimeoutSeconds),
            ErrorReconnectTimeout = Backoff.First,
            LostReconnectTimeout = Backoff.First,
        };
        _subscriptions.Add(socket.MessageReceived.Subscribe(OnFrame));
        _subscriptions.Add(socket.ReconnectionHappened.Subscribe(OnReconnection));
        _subscriptions.Add(socket.DisconnectionHappened.Subscribe(OnDisconnection));
        _socket = socket;
        _processing = Task.Run(() => ProcessAsync(_stopping.Token));
        _keepalive = Task.Run(() => keepalive.RunAsync(
            () => socket.IsRunning && status.IsConnected, socket.Send, () => socket.Reconnect(), _stopping.Token));
        status.Report(false, "connecting");
        await socket.Start();
    }

    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        await _stopping.CancelAsync();
        _work.Writer.TryComplete();
        if (_socket is { } socket)
        {
            socket.IsReconnectionEnabled = false;
            await socket.Stop(WebSocketCloseStatus.NormalClosure, "bot stopping");
        }
        await Task.WhenAll(_processing, _keepalive).ContinueWith(_ => { }, TaskScheduler.Default);
        status.Report(false, "stopped");
        _logger.LogInformation("Mattermost websocket closed");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
        _socket?.Dispose();
        _stopping.Dispose();
    }

    private ClientWebSocket CreateNativeSocket()
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + options.Value.Token);
        return socket;
    }

    /// <summary>
    /// Runs on the socket's receive thread: parse, keep order, never block (real work goes to the queue) and
    /// never throw (an exception here would tear down the subscription, and with it every later event).
    /// </summary>
    private void OnFrame(ResponseMessage message)
    {
        if (message.MessageType != WebSocketMessageType.Text || string.IsNullOrEmpty(message.Text))
        {
            return;
        }
        try
        {
            var frame = MattermostJson.Deserialize<MmSocketFrame>(message.Text);
            if (frame?.SeqReply is { } reply)
            {
                _keepaliveState?.OnReply(reply);
            }
            else if (frame is { IsEvent: true })
            {
                OnEvent(frame);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            _logger.LogWarning("Unreadable websocket frame ignored: {Error}", ex.Message);
        }
    }

    private void OnEvent(MmSocketFrame frame)
    {
        var seq = frame.Seq ?? -1;
        if (frame.Event == "hello")
        {
            OnHello(frame);
            return;
        }
        if (seq != _expectedSeq)
        {
            // Events were lost (or replayed) on this connection; catching up is the reconnection hook's job.
            _logger.LogWarning("Mattermost websocket sequence jumped from {ExpectedSeq} to {Seq}", _expectedSeq, seq);
        }
        _expectedSeq = seq + 1;
        if (frame.Event == "posted")
        {
            var data = frame.Data;
            Enqueue(new StreamWork("posted", seq, ct => HandlePostedAsync(data, ct)));
        }
    }

    private void OnHello(MmSocketFrame frame)
    {
        var connectionId = frame.Data?["connection_id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : "";
        var previous = _connectionId;
        var lastSeq = _expectedSeq - 1;
        _connectionId = connectionId;
        _expectedSeq = (frame.Seq ?? 0) + 1;
        _keepaliveState?.Reset();
        Backoff.Reset(_socket);
        status.Report(true, "connected");
        _logger.LogInformation("Mattermost websocket ready (connection {ConnectionId})", connectionId);
        if (previous is not null && previous != connectionId)
        {
            Enqueue(new StreamWork("hello", frame.Seq ?? 0, ct => catchUp.OnReconnectedAsync(previous, connectionId, lastSeq, ct)));
        }
    }

    private async Task HandlePostedAsync(JsonObject? data, CancellationToken cancellationToken)
    {
        var (post, ignored) = PostedEvent.ReadPost(data, chat.Me.Id);
        if (post is null)
        {
            _logger.LogDebug("Posted event ignored: {Reason}", ignored);
            return;
        }
        var username = PostedEvent.SenderUsername(data);
        var author = username is not null
            ? new ChatUser(post.UserId, username)
            : await chat.GetUserAsync(post.UserId, cancellationToken) ?? new ChatUser(post.UserId, post.UserId);
        await inbox.HandleMessageAsync(PostedEvent.ToIncoming(post, PostedEvent.Kind(data), author), cancellationToken);
    }

    private void Enqueue(StreamWork work)
    {
        if (!_work.Writer.TryWrite(work))
        {
            _logger.LogDebug("Event {Event} {Seq} arrived while stopping; dropped", work.Event, work.Seq);
        }
    }

    private async Task ProcessAsync(CancellationToken cancellationToken)
    {
        await foreach (var work in _work.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await work.Run(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Handling Mattermost event {Event} {Seq} failed; continuing with the next one", work.Event, work.Seq);
            }
        }
    }

    private void OnReconnection(ReconnectionInfo info)
    {
        if (info.Type == ReconnectionType.Initial)
        {
            _logger.LogInformation("Mattermost websocket connected; waiting for hello");
            return;
        }
        _logger.LogWarning("Mattermost websocket reconnected ({Reason}); waiting for hello", info.Type);
    }

    private void OnDisconnection(DisconnectionInfo info)
    {
        if (_stopping.IsCancellationRequested || info.Type is DisconnectionType.Exit or DisconnectionType.ByUser)
        {
            return;
        }
        status.Report(false, "reconnecting");
        var wait = Backoff.Next(_socket, info.Type);
        if (info.Type == DisconnectionType.Error)
        {
            _logger.LogWarning("Could not open the Mattermost websocket ({Error}); next attempt in about {WaitSeconds} s",
                info.Exception?.Message, (int)wait.TotalSeconds);
            return;
        }
        _logger.LogWarning("Mattermost websocket lost ({Reason}, {CloseStatus}); reconnecting", info.Type, info.CloseStatus);
    }
}

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
/// capped exponential backoff and jitter, an app-level ping that catches half-open sockets, and <c>posted</c>
/// events handed to the domain each in isolation (one failing event is logged and never blocks the next one),
/// several at once: a person's posts in the order they were posted, different people's side by side, so one
/// slow round trip to the server does not hold up everyone (Mattermost:EventConcurrency). A reconnection first tries to resume (connection_id and sequence_number: the server replays
/// what was missed); when the server answers with a new connection instead, or events went missing, the bot
/// catches up over REST (PROTOCOLS A5). A catch-up waits until every event before it has been handled and runs
/// alone, so order is kept.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A stream of events, not a System.IO.Stream; the name is the one the design uses.")]
public sealed class MattermostEventStream(
    IOptions<MattermostOptions> options,
    MattermostPostIntake intake,
    ConnectionStatus status,
    MattermostCatchUp catchUp,
    TimeProvider clock,
    ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<MattermostEventStream>();
    private readonly Channel<StreamWork> _work = Channel.CreateUnbounded<StreamWork>(new UnboundedChannelOptions { SingleReader = true });
    /// <summary>How long a stopping bot lets the event being handled finish before cancelling it.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _resumeGate = new();
    private WebsocketClient? _socket;
    private OrderedLanes? _lanes;
    private int _queued;
    private Task _processing = Task.CompletedTask;
    private Task _keepalive = Task.CompletedTask;
    private Task _catchUpRetry = Task.CompletedTask;
    private SocketKeepalive? _keepaliveState;
    private long _expectedSeq;
    private string? _connectionId;
    private string? _resumeAttempt;
    private ReconnectBackoff? _backoff;

    private ReconnectBackoff Backoff => _backoff ??= new ReconnectBackoff(
        TimeSpan.FromMilliseconds(options.Value.ReconnectFirstDelayMilliseconds),
        TimeSpan.FromMilliseconds(options.Value.ReconnectMaxDelayMilliseconds));

    /// <summary>Every 30 s like the webapp, more often when the silence timeout is configured shorter.</summary>
    public static TimeSpan PingInterval(int timeoutSeconds) => TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds / 3.0, 1, 30));

    /// <summary>"http://host/x" → "ws://host/x/api/v4/websocket"; https gives wss.</summary>
    public static Uri SocketUri(string serverUrl)
    {
        var builder = new UriBuilder(serverUrl.TrimEnd('/') + "/api/v4/websocket");
        builder.Scheme = builder.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return builder.Uri;
    }

    /// <summary>
    /// The socket address for the next attempt: with ?connection_id=...&amp;sequence_number=(next expected seq)
    /// once the server has named the connection, so that it can replay what was missed.
    /// </summary>
    public static Uri ResumeUri(string serverUrl, string? connectionId, long nextSeq)
    {
        var uri = SocketUri(serverUrl);
        if (string.IsNullOrEmpty(connectionId))
        {
            return uri;
        }
        var builder = new UriBuilder(uri)
        {
            Query = $"connection_id={Uri.EscapeDataString(connectionId)}&sequence_number={nextSeq.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        };
        return builder.Uri;
    }

    /// <summary>Opens the socket and starts handling events; a server that is down is retried in the background.</summary>
    public async Task StartAsync()
    {
        var settings = options.Value;
        var keepalive = new SocketKeepalive(PingInterval(settings.WebSocketTimeoutSeconds), clock, _logger);
        _keepaliveState = keepalive;
        var socket = new WebsocketClient(SocketUri(settings.Url), loggerFactory.CreateLogger<WebsocketClient>(), ConnectAsync)
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
        _lanes = new OrderedLanes(settings.EventConcurrency, work => _stopping.IsCancellationRequested ? Task.CompletedTask : RunOneAsync(work, _abort.Token));
        _processing = Task.Run(() => ProcessAsync(_lanes, _abort.Token));
        _keepalive = Task.Run(() => keepalive.RunAsync(
            () => socket.IsRunning && status.IsConnected, socket.Send, () => socket.Reconnect(), _stopping.Token));
        _catchUpRetry = Task.Run(() => RetryCatchUpAsync(PingInterval(settings.WebSocketTimeoutSeconds), _stopping.Token));
        status.Report(false, "connecting");
        await socket.Start();
    }

    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        // No new events; the one being handled may finish (within the grace), queued ones are caught up
        // at the next start since their channel's watermark has not moved past them.
        await _stopping.CancelAsync();
        _work.Writer.TryComplete();
        if (_socket is { } socket)
        {
            socket.IsReconnectionEnabled = false;
            await socket.Stop(WebSocketCloseStatus.NormalClosure, "bot stopping");
        }
        if (await Task.WhenAny(_processing, Task.Delay(StopGrace, clock)) != _processing)
        {
            _logger.LogWarning("The event being handled did not finish within {GraceSeconds} s; cancelled (it is caught up at the next start)", StopGrace.TotalSeconds);
        }
        await _abort.CancelAsync();
        await Task.WhenAll(_processing, _keepalive, _catchUpRetry).ContinueWith(_ => { }, TaskScheduler.Default);
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
        _lanes?.Dispose();
        _stopping.Dispose();
        _abort.Dispose();
    }

    /// <summary>Every (re)connection authenticates again and asks to resume where the last connection stopped.</summary>
    private async Task<WebSocket> ConnectAsync(Uri _, CancellationToken cancellationToken)
    {
        Uri uri;
        lock (_resumeGate)
        {
            uri = ResumeUri(options.Value.Url, _connectionId, _expectedSeq);
            _resumeAttempt = _connectionId;
        }
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + options.Value.Token);
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
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
        long expected;
        lock (_resumeGate)
        {
            expected = _expectedSeq;
            if (seq >= expected)
            {
                _expectedSeq = seq + 1;
            }
        }
        if (seq < expected)
        {
            // Already seen (a replay overlapping what arrived): the domain would skip it anyway.
            _logger.LogDebug("Mattermost event {Seq} seen before; skipped", seq);
            return;
        }
        if (seq > expected)
        {
            _logger.LogWarning("Mattermost websocket sequence jumped from {ExpectedSeq} to {Seq}; catching up over REST", expected, seq);
            Enqueue(new StreamWork("gap", seq, ct => catchUp.RunAsync("a gap in the event sequence", ct)));
        }
        if (frame.Event == "posted")
        {
            EnqueuePosted(frame.Data, seq);
        }
    }

    private void OnHello(MmSocketFrame frame)
    {
        var connectionId = frame.Data?["connection_id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : "";
        string? previous;
        long lastSeq;
        lock (_resumeGate)
        {
            previous = _connectionId;
            lastSeq = _expectedSeq - 1;
            _connectionId = connectionId;
            _expectedSeq = (frame.Seq ?? 0) + 1;
        }
        _keepaliveState?.Reset();
        ResetBackoff();
        status.Report(true, "connected");
        if (previous is null)
        {
            _logger.LogInformation("Mattermost websocket ready (connection {ConnectionId}); catching up on what was posted while the bot was stopped", connectionId);
        }
        else
        {
            _logger.LogWarning("Mattermost websocket could not resume (new connection {ConnectionId}, was {PreviousConnectionId} at event {LastSeq}); catching up over REST",
                connectionId, previous, lastSeq);
        }
        var reason = previous is null ? "the start" : "a new connection";
        Enqueue(new StreamWork("hello", frame.Seq ?? 0, ct => catchUp.RunAsync(reason, ct)));
    }

    /// <summary>Decoded here, in arrival order, so that the intake knows the post is in flight before any later one is done.</summary>
    private void EnqueuePosted(JsonObject? data, long seq)
    {
        var (post, unreadable) = PostedEvent.Decode(data);
        if (post is null)
        {
            _logger.LogDebug("Posted event ignored: {Reason}", unreadable);
            return;
        }
        intake.Admit(post);
        var kind = PostedEvent.Kind(data);
        var sender = PostedEvent.SenderUsername(data);
        Enqueue(new StreamWork("posted", seq, ct => intake.HandleAsync(post, kind, sender, ct), LaneKey: post.UserId));
    }

    /// <summary>A catch-up that failed (REST down while the socket is up) or a post that failed is tried again at this pace.</summary>
    private async Task RetryCatchUpAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (status.IsConnected && catchUp.IsNeeded && _work.Reader.Count == 0 && _lanes is { Pending: 0 })
                {
                    Enqueue(new StreamWork("retry", -1, ct => catchUp.RunAsync("an earlier failure", ct)));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// Nothing received is waiting or being handled. After an answer to the last event sent, this means every
    /// earlier event was handled too (frames are received in order). For tests and the load benchmark.
    /// </summary>
    internal bool IsIdle => Volatile.Read(ref _queued) == 0 && (_lanes?.Pending ?? 0) == 0;

    private void Enqueue(StreamWork work)
    {
        Interlocked.Increment(ref _queued);
        if (!_work.Writer.TryWrite(work))
        {
            Interlocked.Decrement(ref _queued);
            _logger.LogDebug("Event {Event} {Seq} arrived while stopping; dropped", work.Event, work.Seq);
        }
    }

    /// <summary>Hands posts to their lane in arrival order; runs a catch-up once everything before it is done.</summary>
    private async Task ProcessAsync(OrderedLanes lanes, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var work in _work.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }
                if (work.LaneKey is { } key)
                {
                    // Into the lane before leaving the queue's count, so that IsIdle never misses it.
                    lanes.Enqueue(key, work);
                    Interlocked.Decrement(ref _queued);
                    continue;
                }
                await lanes.WhenIdleAsync(cancellationToken);
                await RunOneAsync(work, cancellationToken);
                Interlocked.Decrement(ref _queued);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping, past the grace.
        }
        finally
        {
            // What the lanes still hold is skipped (stopping): it is caught up at the next start.
            await lanes.CompleteAsync();
        }
    }

    private async Task RunOneAsync(StreamWork work, CancellationToken cancellationToken)
    {
        try
        {
            await work.Run(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: neither handled nor passed, so caught up at the next start.
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Handling Mattermost event {Event} {Seq} failed; continuing with the next one", work.Event, work.Seq);
        }
    }

    private void OnReconnection(ReconnectionInfo info)
    {
        string? connectionId;
        lock (_resumeGate)
        {
            connectionId = _resumeAttempt;
        }
        if (connectionId is null)
        {
            _logger.LogInformation("Mattermost websocket connected; waiting for hello");
            return;
        }
        // A resumed connection gets no hello: the server replays what was missed, or sends a hello with a new
        // connection id when it cannot (OnHello then catches up over REST).
        _keepaliveState?.Reset();
        ResetBackoff();
        status.Report(true, "connected");
        _logger.LogWarning("Mattermost websocket reconnected ({Reason}); asked to resume connection {ConnectionId}", info.Type, connectionId);
    }

    private void OnDisconnection(DisconnectionInfo info)
    {
        if (_stopping.IsCancellationRequested || info.Type is DisconnectionType.Exit or DisconnectionType.ByUser)
        {
            return;
        }
        status.Report(false, "reconnecting");
        var wait = NextWait(info.Type);
        if (info.Type == DisconnectionType.Error)
        {
            _logger.LogWarning("Could not open the Mattermost websocket ({Error}); next attempt in about {WaitSeconds} s",
                info.Exception?.Message, (int)wait.TotalSeconds);
            return;
        }
        _logger.LogWarning("Mattermost websocket lost ({Reason}, {CloseStatus}); reconnecting", info.Type, info.CloseStatus);
    }

    /// <summary>
    /// The wait before the next attempt, handed to the socket: growing after each failure, but a socket replaced
    /// for silence is reopened after the first delay (the server may be fine).
    /// </summary>
    private TimeSpan NextWait(DisconnectionType reason)
    {
        var wait = Backoff.NextAfterFailure();
        if (reason == DisconnectionType.NoMessageReceived)
        {
            wait = Backoff.First;
        }
        SetWaits(wait);
        return wait;
    }

    private void ResetBackoff()
    {
        Backoff.Reset();
        SetWaits(Backoff.First);
    }

    private void SetWaits(TimeSpan wait)
    {
        if (_socket is { } socket)
        {
            socket.ErrorReconnectTimeout = wait;
            socket.LostReconnectTimeout = wait;
        }
    }
}

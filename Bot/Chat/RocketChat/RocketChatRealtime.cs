using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MissionBot.Chat.RocketChat.Wire;
using MissionBot.Hosting;
using Websocket.Client;

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// The Realtime API (DDP over a websocket at /websocket): <c>connect</c>, <c>login</c> with the token as a resume
/// token, then <c>sub</c> to <c>stream-room-messages</c> <c>__my_messages__</c>; answers every <c>ping</c>.
/// Websocket.Client reconnects on its own (silence, drop, refused connection); this sets its waits to a capped
/// exponential backoff and redoes the handshake on every new connection. Messages are only read here; the
/// listener handles them one at a time.
/// </summary>
public sealed class RocketChatRealtime : IDisposable
{
    private readonly RocketChatOptions _options;
    private readonly ConnectionStatus _status;
    private readonly TimeProvider _clock;
    private readonly ILogger<RocketChatRealtime> _logger;
    private readonly ReconnectBackoff _backoff;
    private readonly Channel<RealtimeEvent> _events = Channel.CreateUnbounded<RealtimeEvent>(new UnboundedChannelOptions { SingleReader = true });
    private WebsocketClient? _socket;
    private int _sequence;
    private string _loginId = "";
    private string _subscriptionId = "";
    private bool _everSubscribed;
    private volatile bool _disposed;

    public RocketChatRealtime(IOptions<RocketChatOptions> options, ConnectionStatus status, TimeProvider clock, ILogger<RocketChatRealtime> logger)
    {
        _options = options.Value;
        _status = status;
        _clock = clock;
        _logger = logger;
        _backoff = new ReconnectBackoff(
            TimeSpan.FromMilliseconds(_options.ReconnectMinDelayMilliseconds),
            TimeSpan.FromSeconds(_options.ReconnectMaxDelaySeconds));
    }

    internal ChannelReader<RealtimeEvent> Events => _events.Reader;

    public static Uri WebSocketUri(string serverUrl)
    {
        var builder = new UriBuilder(serverUrl.Trim().TrimEnd('/') + "/websocket");
        builder.Scheme = builder.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return builder.Uri;
    }

    /// <summary>Starts connecting; never throws for an unreachable server (it keeps retrying).</summary>
    public Task StartAsync()
    {
        _socket = new WebsocketClient(WebSocketUri(_options.Url), () => new ClientWebSocket())
        {
            Name = "rocketchat",
            ReconnectTimeout = TimeSpan.FromSeconds(_options.WebSocketTimeoutSeconds),
            ErrorReconnectTimeout = _backoff.First,
            LostReconnectTimeout = _backoff.First,
            IsReconnectionEnabled = true,
        };
        _socket.ReconnectionHappened.Subscribe(_ => OnConnected());
        _socket.DisconnectionHappened.Subscribe(OnDisconnected);
        _socket.MessageReceived.Subscribe(OnFrame);
        return _socket.Start();
    }

    /// <summary>Drops the connection and connects again (the handshake and the catch-up follow).</summary>
    public Task ReconnectAsync() => _socket?.Reconnect() ?? Task.CompletedTask;

    /// <summary>Closes the connection; safe to call twice (the listener on stop, then the container).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _socket?.Dispose();
        _events.Writer.TryComplete();
    }

    private void OnConnected()
    {
        _status.Report(false, "authenticating");
        Send(new JsonObject { ["msg"] = "connect", ["version"] = "1", ["support"] = new JsonArray("1") });
    }

    private void OnDisconnected(DisconnectionInfo info)
    {
        if (_disposed || info.Type is DisconnectionType.Exit or DisconnectionType.ByUser)
        {
            return;
        }
        var delay = _backoff.NextAfterFailure();
        if (_socket is not null)
        {
            _socket.ErrorReconnectTimeout = delay;
            _socket.LostReconnectTimeout = delay;
        }
        _status.Report(false, "reconnecting");
        _logger.LogWarning("Rocket.Chat realtime connection {Event}; next attempt within {DelayMs} ms",
            info.Type, (int)delay.TotalMilliseconds);
    }

    private void OnFrame(ResponseMessage frame)
    {
        if (frame.MessageType != WebSocketMessageType.Text || string.IsNullOrEmpty(frame.Text))
        {
            return;
        }
        try
        {
            if (JsonNode.Parse(frame.Text) is JsonObject json)
            {
                Handle(json);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            _logger.LogWarning(ex, "Unreadable frame from Rocket.Chat ignored");
        }
    }

    private void Handle(JsonObject frame)
    {
        var id = (string?)frame["id"];
        switch ((string?)frame["msg"])
        {
            case "ping":
                Send(id is null ? new JsonObject { ["msg"] = "pong" } : new JsonObject { ["msg"] = "pong", ["id"] = id });
                break;
            case "connected":
                _loginId = $"login-{Interlocked.Increment(ref _sequence)}";
                Send(new JsonObject
                {
                    ["msg"] = "method",
                    ["method"] = "login",
                    ["id"] = _loginId,
                    ["params"] = new JsonArray(new JsonObject { ["resume"] = _options.Token.Trim() }),
                });
                break;
            case "result" when id == _loginId:
                OnLoginResult(frame);
                break;
            case "ready" when frame["subs"] is JsonArray subs && subs.Any(s => (string?)s == _subscriptionId):
                _everSubscribed = true;
                _backoff.Reset();
                SetWaits(_backoff.First);
                _status.Report(true, "connected");
                _logger.LogInformation("Listening to Rocket.Chat messages");
                break;
            case "nosub" when id == _subscriptionId:
                _logger.LogError("Rocket.Chat refused the message subscription: {Reason}", (string?)frame["error"]?["reason"] ?? (string?)frame["error"]?["message"]);
                _status.Report(false, "subscription refused");
                ReconnectLater();
                break;
            case "changed":
                OnChanged(frame);
                break;
            case "error":
                _logger.LogWarning("Rocket.Chat realtime error: {Reason}", (string?)frame["reason"]);
                break;
            default:
                // server_id, updated, added, result of nothing we asked...
                break;
        }
    }

    private void OnLoginResult(JsonObject frame)
    {
        if (frame["error"] is JsonObject error)
        {
            // Never log the token: the reason is enough to act on.
            _logger.LogError("Rocket.Chat refused the bot's token on the realtime connection ({Reason}): check MISSIONBOT_RocketChat__Token",
                (string?)error["reason"] ?? (string?)error["message"]);
            _status.Report(false, "unauthorized");
            ReconnectLater();
            return;
        }
        _subscriptionId = $"sub-{Interlocked.Increment(ref _sequence)}";
        _events.Writer.TryWrite(new RealtimeSubscribing(_everSubscribed, _clock.GetUtcNow()));
        Send(new JsonObject
        {
            ["msg"] = "sub",
            ["id"] = _subscriptionId,
            ["name"] = "stream-room-messages",
            ["params"] = new JsonArray("__my_messages__", false),
        });
    }

    private void OnChanged(JsonObject frame)
    {
        if ((string?)frame["collection"] != "stream-room-messages"
            || frame["fields"] is not JsonObject fields
            || (string?)fields["eventName"] != "__my_messages__"
            || fields["args"] is not JsonArray { Count: >= 2 } args)
        {
            return;
        }
        var message = ReflectionJson.Deserialize<RcMessage>(args[0], RcJson.Options);
        var room = ReflectionJson.Deserialize<RcRoomEventInfo>(args[1], RcJson.Options);
        if (message is not null && room is not null)
        {
            _events.Writer.TryWrite(new RealtimeMessage(message, room));
        }
    }

    /// <summary>After a refused login or subscription: wait (growing each time), then start over.</summary>
    private void ReconnectLater() => _ = ReconnectAfterAsync(_backoff.NextAfterFailure());

    private async Task ReconnectAfterAsync(TimeSpan delay)
    {
        await Task.Delay(delay, _clock);
        if (!_disposed)
        {
            await ReconnectAsync();
        }
    }

    private void SetWaits(TimeSpan delay)
    {
        if (_socket is not null)
        {
            _socket.ErrorReconnectTimeout = delay;
            _socket.LostReconnectTimeout = delay;
        }
    }

    private void Send(JsonObject frame) => _socket?.Send(frame.ToJsonString());
}

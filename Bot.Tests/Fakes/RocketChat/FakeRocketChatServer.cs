using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>
/// An in-process Rocket.Chat on 127.0.0.1 (random port) that behaves like ../shared/api/rocketchat and
/// PROTOCOLS.md part B: REST under /api/v1 (success:false error bodies, the pre-8.0 401, ISO dates, optional
/// rate limiter) and DDP over a real websocket at /websocket (EJSON dates, ping/pong, login by resume token,
/// <c>__my_messages__</c> that also re-sends messages when they change). Tests act as people (post, reply in a
/// thread, click a button, write to the bot) and read what the bot did. Every change wakes
/// <see cref="WaitUntilAsync"/>, so tests wait on conditions, never on time.
/// </summary>
public sealed partial class FakeRocketChatServer : IAsyncDisposable
{
    public const string BotToken = "bot-personal-access-token";

    private readonly object _gate = new();
    private readonly Dictionary<string, FakeRcUser> _users = [];
    private readonly Dictionary<string, FakeRcRoom> _rooms = [];
    private readonly List<FakeRcMessage> _messages = [];
    private readonly List<FakeRcCall> _calls = [];
    private readonly List<FakeDdpSession> _sessions = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;
    private DateTimeOffset _lastTimestamp;
    private int _nextId;

    private FakeRocketChatServer()
    {
        Bot = new FakeRcUser("bot-id", "missionbot", "MissionBot", BotToken, IsBot: true);
        _users[Bot.Id] = Bot;
    }

    public FakeRcUser Bot { get; }

    /// <summary>http://127.0.0.1:port, what the bot is configured with.</summary>
    public string Url { get; private set; } = "";

    /// <summary>When set, every REST endpoint is limited like Rocket.Chat's limiter (off by default, as for the bot role).</summary>
    public FakeRcRateLimit? RateLimit { get; set; }

    /// <summary>While true, websocket connections are refused (the server is "down").</summary>
    public bool RefuseConnections { get; set; }

    /// <summary>While true, the realtime <c>login</c> is refused even with the right token (a revoked session).</summary>
    public bool RefuseRealtimeLogins { get; set; }

    public int RealtimeLoginAttempts { get; private set; }

    /// <summary>Websocket connections accepted so far.</summary>
    public int ConnectionsAccepted { get; private set; }

    public int PongsReceived { get; private set; }

    public static async Task<FakeRocketChatServer> StartAsync()
    {
        var server = new FakeRocketChatServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/websocket", server.HandleWebSocketAsync);
        app.MapMethods("/api/v1/{endpoint}", ["GET", "POST"], (HttpContext context, string endpoint) => server.HandleRestAsync(context, endpoint));
        server.MapFileRoutes(app);
        app.MapFallback(context => server.HandleRestAsync(context, context.Request.Path.Value ?? ""));
        await app.StartAsync();
        server._app = app;
        server.Url = app.Urls.First().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in Sessions())
        {
            session.Close();
            session.Socket.Abort();
        }
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    // ---- Setting the scene ----

    public FakeRcUser AddUser(string username, string? name = null)
    {
        lock (_gate)
        {
            var user = new FakeRcUser($"user-{username}", username, name ?? username, $"token-{username}");
            _users[user.Id] = user;
            return user;
        }
    }

    /// <summary>A channel (c) or private group (p); the bot is a member unless told otherwise.</summary>
    public FakeRcRoom AddRoom(string name, string type = "c", bool botIsMember = true, params FakeRcUser[] members)
    {
        lock (_gate)
        {
            var room = new FakeRcRoom($"room-{name}", type, name);
            if (botIsMember)
            {
                room.Members.Add(Bot.Id);
            }
            foreach (var member in members)
            {
                room.Members.Add(member.Id);
            }
            _rooms[room.Id] = room;
            return room;
        }
    }

    // ---- Acting as people ----

    /// <summary>Someone posts in a room (in a thread when <paramref name="threadId"/> is set).</summary>
    public FakeRcMessage Post(FakeRcUser user, FakeRcRoom room, string text, string? threadId = null) =>
        Insert(user, room, text, threadId, systemType: null, attachments: null, clientId: null);

    public FakeRcMessage ReplyInThread(FakeRcUser user, FakeRcMessage root, string text) =>
        Post(user, Room(root.RoomId), text, root.Id);

    /// <summary>Someone writes to the bot in their direct room (opened as <c>dm.create</c> would).</summary>
    public FakeRcMessage SendDirectToBot(FakeRcUser user, string text) => Post(user, DirectRoom(user.Id, Bot.Id), text);

    /// <summary>A join, leave... notice: a system message with type <paramref name="type"/> (its text is usually a username).</summary>
    public FakeRcMessage PostSystemMessage(FakeRcUser user, FakeRcRoom room, string type, string? text = null) =>
        Insert(user, room, text ?? user.Username, null, type, null, null);

    /// <summary>
    /// Clicks a button of <paramref name="message"/>: like Rocket.Chat, the button's <c>msg</c> is posted into the
    /// room as the clicking person (msg_in_chat_window); there is no callback.
    /// </summary>
    public FakeRcMessage Click(FakeRcUser user, FakeRcMessage message, string buttonText)
    {
        JsonObject action;
        lock (_gate)
        {
            action = message.Attachments?
                .OfType<JsonObject>()
                .SelectMany(a => a["actions"]?.AsArray().OfType<JsonObject>() ?? [])
                .FirstOrDefault(a => (string?)a["text"] == buttonText)
                ?? throw new InvalidOperationException($"Message {message.Id} has no button '{buttonText}'.");
        }
        if ((bool?)action["msg_in_chat_window"] != true || (string?)action["msg_processing_type"] != "sendMessage")
        {
            throw new InvalidOperationException($"Button '{buttonText}' would not post its text as the user: {action.ToJsonString()}");
        }
        return Post(user, Room(message.RoomId), (string)action["msg"]!);
    }

    /// <summary>Someone edits their message: Rocket.Chat re-sends it with editedAt.</summary>
    public void Edit(FakeRcMessage message, string text)
    {
        lock (_gate)
        {
            message.Text = text;
            message.EditedAt = message.UpdatedAt = NextTimestamp();
            Publish(message);
        }
        Signal();
    }

    /// <summary>Someone reacts: Rocket.Chat re-sends the (old) message on the stream.</summary>
    public void React(FakeRcUser user, FakeRcMessage message, string emoji)
    {
        lock (_gate)
        {
            AddReaction(message, user, emoji);
        }
        Signal();
    }

    /// <summary>Cuts every websocket connection, as a server restart or a network failure would.</summary>
    public void DropConnections()
    {
        foreach (var session in Sessions())
        {
            session.Close();
            session.Socket.Abort();
        }
    }

    /// <summary>The server's keepalive; Meteor sends it with or without an id.</summary>
    public void Ping(string? id = null)
    {
        foreach (var session in Sessions())
        {
            session.Send(id is null ? new JsonObject { ["msg"] = "ping" } : new JsonObject { ["msg"] = "ping", ["id"] = id });
        }
    }

    // ---- Reading what happened ----

    public IReadOnlyList<FakeRcCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls.ToList();
            }
        }
    }

    public FakeRcMessage? Find(string messageId)
    {
        lock (_gate)
        {
            return _messages.FirstOrDefault(m => m.Id == messageId);
        }
    }

    /// <summary>Top-level messages the bot posted in a room.</summary>
    public IReadOnlyList<FakeRcMessage> BotPostsIn(FakeRcRoom room)
    {
        lock (_gate)
        {
            return _messages.Where(m => m.RoomId == room.Id && m.Author.Id == Bot.Id && m.ThreadId is null).ToList();
        }
    }

    /// <summary>What the bot wrote to <paramref name="user"/> in their direct room.</summary>
    public IReadOnlyList<FakeRcMessage> DirectMessagesTo(FakeRcUser user)
    {
        lock (_gate)
        {
            var roomId = DirectRoomId(user.Id, Bot.Id);
            return _messages.Where(m => m.RoomId == roomId && m.Author.Id == Bot.Id).ToList();
        }
    }

    /// <summary>Every message the bot wrote, anywhere.</summary>
    public IReadOnlyList<FakeRcMessage> MessagesFromBot()
    {
        lock (_gate)
        {
            return _messages.Where(m => m.Author.Id == Bot.Id).ToList();
        }
    }

    public IReadOnlyList<string> ReactionsBy(FakeRcUser user, FakeRcMessage message)
    {
        lock (_gate)
        {
            return message.Reactions.Where(r => r.Value.Contains(user.Username)).Select(r => r.Key.Trim(':')).ToList();
        }
    }

    /// <summary>True once a websocket client logged in as the bot and subscribed to its messages.</summary>
    public bool BotListening => Sessions().Any(s => s.User?.Id == Bot.Id && s.MessagesSubscriptionId is not null);

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, re-checking it after every change on the server;
    /// fails with <paramref name="what"/> and a summary of the server's state when it never does.
    /// </summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }
            if (condition())
            {
                return;
            }
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out waiting until {what}.\n{Describe()}");
            }
            await Task.WhenAny(changed, Task.Delay(remaining));
        }
    }

    /// <summary>The server's state in a few lines, for failure messages.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Websocket sessions: {_sessions.Count} (bot listening: {_sessions.Any(s => s.User?.Id == Bot.Id && s.MessagesSubscriptionId is not null)})");
            text.AppendLine("Messages:");
            foreach (var m in _messages.TakeLast(30))
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {m.Id} in {m.RoomId}{(m.ThreadId is null ? "" : " thread " + m.ThreadId)} by @{m.Author.Username}: {Shorten(m.Text)}");
            }
            text.AppendLine("Last REST calls:");
            foreach (var c in _calls.TakeLast(15))
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {c.Method} {c.Endpoint}{c.Query} -> {c.Status} {Shorten(c.Body)}");
            }
            return text.ToString();
        }
    }

    // ---- State changes (callers hold no lock unless said) ----

    private FakeRcMessage Insert(FakeRcUser user, FakeRcRoom room, string text, string? threadId, string? systemType, JsonArray? attachments, string? clientId)
    {
        FakeRcMessage message;
        lock (_gate)
        {
            message = InsertLocked(user, room, text, threadId, systemType, attachments, clientId);
        }
        Signal();
        return message;
    }

    /// <summary>Stores and publishes a message; a thread reply also updates (and re-publishes) its root.</summary>
    private FakeRcMessage InsertLocked(FakeRcUser user, FakeRcRoom room, string text, string? threadId, string? systemType, JsonArray? attachments, string? clientId,
        FakeRcFile? file = null)
    {
        var at = NextTimestamp();
        var message = new FakeRcMessage
        {
            Id = clientId ?? $"msg{++_nextId:D4}",
            RoomId = room.Id,
            Author = user,
            Timestamp = at,
            UpdatedAt = at,
            Text = text,
            ThreadId = threadId,
            SystemType = systemType,
            Attachments = attachments,
            IsDirect = room.Type == "d",
            File = file,
        };
        _messages.Add(message);
        Publish(message);
        if (threadId is not null && _messages.FirstOrDefault(m => m.Id == threadId) is { } root)
        {
            root.ThreadCount++;
            root.LastThreadReplyAt = at;
            root.UpdatedAt = NextTimestamp();
            Publish(root);
        }
        return message;
    }

    private void AddReaction(FakeRcMessage message, FakeRcUser user, string emoji)
    {
        var key = $":{emoji.Trim(':')}:";
        if (!message.Reactions.TryGetValue(key, out var usernames))
        {
            message.Reactions[key] = usernames = [];
        }
        if (!usernames.Contains(user.Username))
        {
            usernames.Add(user.Username);
        }
        message.UpdatedAt = NextTimestamp();
        Publish(message);
    }

    private FakeRcRoom Room(string roomId)
    {
        lock (_gate)
        {
            return _rooms[roomId];
        }
    }

    /// <summary>Rocket.Chat names a direct room after its two members' ids, sorted.</summary>
    private static string DirectRoomId(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + b : b + a;

    private FakeRcRoom DirectRoom(string userA, string userB)
    {
        lock (_gate)
        {
            var id = DirectRoomId(userA, userB);
            if (!_rooms.TryGetValue(id, out var room))
            {
                room = new FakeRcRoom(id, "d", "");
                room.Members.Add(userA);
                room.Members.Add(userB);
                _rooms[id] = room;
            }
            return room;
        }
    }

    private DateTimeOffset NextTimestamp()
    {
        var now = DateTimeOffset.UtcNow;
        // Millisecond precision as on the wire, and strictly increasing so that order is never ambiguous.
        now = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
        _lastTimestamp = now > _lastTimestamp ? now : _lastTimestamp.AddMilliseconds(1);
        return _lastTimestamp;
    }

    private List<FakeDdpSession> Sessions()
    {
        lock (_gate)
        {
            return _sessions.ToList();
        }
    }

    private void Signal()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.TrySetResult();
    }

    private static string Shorten(string text) => text.Length <= 90 ? text.ReplaceLineEndings(" ") : text[..90].ReplaceLineEndings(" ") + "…";
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>The REST API under /api/v1: the endpoints the bot uses, with Rocket.Chat's answers and errors.</summary>
public sealed partial class FakeRocketChatServer
{
    public const int MaxMessageSize = 5000;

    private static readonly HashSet<string> KnownEmoji = ["white_check_mark", "heavy_check_mark", "thumbsup", "+1", "tada", "eyes", "wave", "ok_hand"];

    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _rateWindows = [];
    private readonly Dictionary<string, Queue<int>> _failures = [];

    /// <summary>The next <paramref name="times"/> calls to <paramref name="endpoint"/> fail with <paramref name="status"/>.</summary>
    public void FailNext(string endpoint, int status, int times = 1)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(endpoint, out var queue))
            {
                _failures[endpoint] = queue = new Queue<int>();
            }
            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(status);
            }
        }
    }

    private async Task HandleRestAsync(HttpContext context, string endpoint)
    {
        string body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            body = await reader.ReadToEndAsync();
        }
        var request = context.Request;
        await AnswerAsync(context, endpoint, body, caller => Route(request.Method, endpoint, request.Query, body, caller));
    }

    /// <summary>Injected failures, authentication and the rate limiter, then <paramref name="route"/> for the
    /// caller (under the lock); the call is recorded with <paramref name="recordedBody"/>.</summary>
    private async Task AnswerAsync(HttpContext context, string endpoint, string recordedBody, Func<FakeRcUser, FakeRcResponse> route)
    {
        FakeRcResponse response;
        lock (_gate)
        {
            response = Respond(context.Request, endpoint, route);
            _calls.Add(new FakeRcCall(context.Request.Method, endpoint, context.Request.QueryString.Value ?? "", recordedBody, response.Status, DateTimeOffset.UtcNow));
        }
        Signal();
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body.ToJsonString());
        }
        else if (response.RawBody is not null)
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(response.RawBody);
        }
    }

    private FakeRcResponse Respond(HttpRequest request, string endpoint, Func<FakeRcUser, FakeRcResponse> route)
    {
        if (_failures.TryGetValue(endpoint, out var failures) && failures.Count > 0)
        {
            var status = failures.Dequeue();
            return status == 500
                ? FakeRcResponse.Fail(500, "Internal server error")
                : new FakeRcResponse(status, null, $"<html><body><h1>{status}</h1>The proxy could not reach Rocket.Chat.</body></html>");
        }
        if (!_users.TryGetValue(request.Headers["X-User-Id"].ToString(), out var caller) || caller.Token != request.Headers["X-Auth-Token"].ToString())
        {
            return FakeRcResponse.Unauthorized();
        }
        var limited = ApplyRateLimit(endpoint, out var rateHeaders);
        var response = limited ?? route(caller);
        foreach (var (name, value) in rateHeaders)
        {
            response.Headers[name] = value;
        }
        return response;
    }

    private FakeRcResponse Route(string method, string endpoint, IQueryCollection query, string body, FakeRcUser caller)
    {
        try
        {
            return (method, endpoint) switch
            {
                ("GET", "me") => Me(caller),
                ("GET", "users.info") => UsersInfo(query),
                ("GET", "rooms.info") => RoomsInfo(query, caller),
                ("GET", "subscriptions.get") => SubscriptionsGet(caller),
                ("GET", "chat.syncMessages") => SyncMessages(query, caller),
                ("GET", "chat.getMessage") => GetMessage(query, caller),
                ("POST", "chat.sendMessage") => SendMessage(ParseBody(body), caller),
                ("POST", "chat.update") => UpdateMessage(ParseBody(body), caller),
                ("POST", "chat.react") => ReactToMessage(ParseBody(body), caller),
                ("POST", "dm.create" or "im.create") => CreateDirect(ParseBody(body), caller),
                _ => FakeRcResponse.Fail(404, "Resource not found"),
            };
        }
        catch (JsonException)
        {
            return FakeRcResponse.Fail(400, "The request body is not valid JSON [error-invalid-params]", "error-invalid-params");
        }
    }

    private FakeRcResponse? ApplyRateLimit(string endpoint, out Dictionary<string, string> headers)
    {
        headers = [];
        if (RateLimit is not { } limit)
        {
            return null;
        }
        var now = DateTimeOffset.UtcNow;
        if (!_rateWindows.TryGetValue(endpoint, out var window) || now >= window.Start + limit.Window)
        {
            window = (now, 0);
        }
        window.Count++;
        _rateWindows[endpoint] = window;
        var reset = window.Start + limit.Window;
        headers["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = Math.Max(0, limit.Limit - window.Count).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = reset.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        if (window.Count <= limit.Limit)
        {
            return null;
        }
        var seconds = Math.Max(1, (int)Math.Ceiling((reset - now).TotalSeconds));
        return FakeRcResponse.Fail(429,
            $"Error, too many requests. Please slow down. You must wait {seconds} seconds before trying this endpoint again. [error-too-many-requests]");
    }

    private static JsonObject ParseBody(string body) =>
        JsonNode.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body) as JsonObject ?? throw new JsonException("not an object");

    private FakeRcResponse Me(FakeRcUser caller) => FakeRcResponse.Ok(new JsonObject
    {
        ["_id"] = caller.Id,
        ["name"] = caller.Name,
        ["username"] = caller.Username,
        ["emails"] = new JsonArray(),
        ["status"] = "online",
        ["statusConnection"] = "online",
        ["utcOffset"] = 0,
        ["active"] = true,
        ["roles"] = new JsonArray(caller.IsBot ? "bot" : "user"),
        ["avatarUrl"] = $"{Url}/avatar/{caller.Username}",
    });

    private FakeRcResponse UsersInfo(IQueryCollection query)
    {
        var userId = query["userId"].ToString();
        var username = query["username"].ToString();
        if (userId.Length == 0 && username.Length == 0)
        {
            return FakeRcResponse.Fail(400,
                "must have required property 'userId'\n must have required property 'username'\n must have required property 'importId'\n must match a schema in anyOf [invalid-params]",
                "invalid-params");
        }
        var user = _users.Values.FirstOrDefault(u => userId.Length > 0 ? u.Id == userId : u.Username == username);
        return user is null
            ? FakeRcResponse.Fail(400, "User not found.")
            : FakeRcResponse.Ok(new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["_id"] = user.Id,
                    ["createdAt"] = Iso(DateTimeOffset.UnixEpoch),
                    ["username"] = user.Username,
                    ["name"] = user.Name,
                    ["type"] = user.IsBot ? "bot" : "user",
                    ["status"] = "online",
                    ["active"] = true,
                    ["roles"] = new JsonArray(user.IsBot ? "bot" : "user"),
                },
            });
    }

    private FakeRcResponse RoomsInfo(IQueryCollection query, FakeRcUser caller)
    {
        var roomId = query["roomId"].ToString();
        var roomName = query["roomName"].ToString();
        if (roomId.Length == 0 && roomName.Length == 0)
        {
            return FakeRcResponse.Fail(400, "The parameter \"roomId\" or \"roomName\" is required [error-roomid-param-not-provided]", "error-roomid-param-not-provided");
        }
        var room = _rooms.Values.FirstOrDefault(r => roomId.Length > 0 ? r.Id == roomId : r.Name == roomName && r.Type != "d");
        if (room is null)
        {
            return FakeRcResponse.Fail(400, "The required \"roomId\" or \"roomName\" param provided does not match any channel [error-room-not-found]", "error-room-not-found");
        }
        if (!CanAccess(room, caller))
        {
            return FakeRcResponse.Fail(400, "not-allowed", "Not Allowed");
        }
        return FakeRcResponse.Ok(new JsonObject
        {
            ["room"] = new JsonObject
            {
                ["_id"] = room.Id,
                ["t"] = room.Type,
                ["name"] = room.Name,
                ["fname"] = room.Name,
                ["usersCount"] = room.Members.Count,
                ["msgs"] = _messages.Count(m => m.RoomId == room.Id),
                ["ts"] = Iso(DateTimeOffset.UnixEpoch),
                ["_updatedAt"] = Iso(DateTimeOffset.UnixEpoch),
            },
        });
    }

    private FakeRcResponse SubscriptionsGet(FakeRcUser caller)
    {
        var update = new JsonArray();
        foreach (var room in _rooms.Values.Where(r => r.Members.Contains(caller.Id)))
        {
            update.Add(new JsonObject
            {
                ["_id"] = $"sub-{room.Id}-{caller.Id}",
                ["rid"] = room.Id,
                ["t"] = room.Type,
                ["name"] = room.Type == "d" ? OtherMember(room, caller).Username : room.Name,
                ["fname"] = room.Type == "d" ? OtherMember(room, caller).Name : room.Name,
                ["open"] = true,
                ["alert"] = false,
                ["unread"] = 0,
                ["u"] = new JsonObject { ["_id"] = caller.Id, ["username"] = caller.Username },
                ["ts"] = Iso(DateTimeOffset.UnixEpoch),
                ["_updatedAt"] = Iso(DateTimeOffset.UnixEpoch),
            });
        }
        return FakeRcResponse.Ok(new JsonObject { ["update"] = update, ["remove"] = new JsonArray() });
    }

    private FakeRcResponse SyncMessages(IQueryCollection query, FakeRcUser caller)
    {
        var roomId = query["roomId"].ToString();
        if (roomId.Length == 0)
        {
            return FakeRcResponse.Fail(400, "The required \"roomId\" query param is missing. [error-roomId-param-not-provided]", "error-roomId-param-not-provided");
        }
        var lastUpdateText = query["lastUpdate"].ToString();
        if (lastUpdateText.Length == 0)
        {
            return FakeRcResponse.Fail(400, "The required \"lastUpdate\" query param is missing. [error-lastUpdate-param-not-provided]", "error-lastUpdate-param-not-provided");
        }
        if (!DateTimeOffset.TryParse(lastUpdateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var lastUpdate))
        {
            return FakeRcResponse.Fail(400, "The \"lastUpdate\" query parameter must be a valid date. [error-roomId-param-invalid]", "error-roomId-param-invalid");
        }
        if (!_rooms.TryGetValue(roomId, out var room) || !CanAccess(room, caller))
        {
            return FakeRcResponse.Fail(400, "Not allowed [error-not-allowed]", "error-not-allowed");
        }
        var updated = new JsonArray();
        foreach (var message in _messages.Where(m => m.RoomId == roomId && m.UpdatedAt > lastUpdate).OrderByDescending(m => m.Timestamp))
        {
            updated.Add(MessageJson(message, ejson: false));
        }
        return FakeRcResponse.Ok(new JsonObject { ["result"] = new JsonObject { ["updated"] = updated, ["deleted"] = new JsonArray() } });
    }

    private FakeRcResponse GetMessage(IQueryCollection query, FakeRcUser caller)
    {
        var messageId = query["msgId"].ToString();
        if (messageId.Length == 0)
        {
            return FakeRcResponse.Fail(400, "The \"msgId\" query parameter must be provided.");
        }
        var message = _messages.FirstOrDefault(m => m.Id == messageId);
        if (message is null)
        {
            // Rocket.Chat answers a bare failure here (API.v1.failure() without a text).
            return new FakeRcResponse(400, new JsonObject { ["success"] = false });
        }
        return CanAccess(_rooms[message.RoomId], caller)
            ? FakeRcResponse.Ok(new JsonObject { ["message"] = MessageJson(message, ejson: false) })
            : FakeRcResponse.Fail(400, "Not allowed [error-not-allowed]", "error-not-allowed");
    }

    private FakeRcResponse SendMessage(JsonObject body, FakeRcUser caller)
    {
        if (body["message"] is not JsonObject message)
        {
            return FakeRcResponse.Fail(400, "The \"message\" parameter must be provided. [error-invalid-params]", "error-invalid-params");
        }
        var roomId = (string?)message["rid"];
        if (string.IsNullOrEmpty(roomId))
        {
            return FakeRcResponse.Fail(400, "The 'rid' property on the message object is missing.");
        }
        if (!_rooms.TryGetValue(roomId, out var room) || !room.Members.Contains(caller.Id))
        {
            return FakeRcResponse.Fail(400, "error-invalid-room", "error-invalid-room");
        }
        var text = (string?)message["msg"] ?? "";
        if (text.Length > MaxMessageSize)
        {
            return FakeRcResponse.Fail(400, "error-message-size-exceeded");
        }
        var threadId = (string?)message["tmid"];
        if (threadId is not null && !_messages.Any(m => m.Id == threadId && m.RoomId == roomId))
        {
            return FakeRcResponse.Fail(400, "Invalid thread message [error-invalid-message]", "error-invalid-message");
        }
        var clientId = (string?)message["_id"];
        if (clientId is not null && _messages.Any(m => m.Id == clientId))
        {
            // What Rocket.Chat really answers to a duplicate id is unconfirmed (PROTOCOLS D11); any refusal will do.
            return FakeRcResponse.Fail(400, "error-message-already-exists");
        }
        var attachments = message["attachments"]?.DeepClone() as JsonArray;
        var stored = InsertLocked(caller, room, text, threadId, null, attachments, clientId);
        return FakeRcResponse.Ok(new JsonObject { ["message"] = MessageJson(stored, ejson: false) });
    }

    private FakeRcResponse UpdateMessage(JsonObject body, FakeRcUser caller)
    {
        var roomId = (string?)body["roomId"];
        var messageId = (string?)body["msgId"];
        var text = (string?)body["text"];
        if (roomId is null || messageId is null || text is null)
        {
            return FakeRcResponse.Fail(400, "must have required property 'roomId', 'msgId' and 'text' [invalid-params]", "invalid-params");
        }
        var message = _messages.FirstOrDefault(m => m.Id == messageId);
        if (message is null)
        {
            return FakeRcResponse.Fail(400, $"No message found with the id of \"{messageId}\".");
        }
        if (message.RoomId != roomId)
        {
            return FakeRcResponse.Fail(400, "The room id provided does not match where the message is from.");
        }
        if (message.Author.Id != caller.Id)
        {
            return FakeRcResponse.Fail(400, "Editing is not allowed [error-action-not-allowed]", "error-action-not-allowed");
        }
        if (text.Length > MaxMessageSize)
        {
            return FakeRcResponse.Fail(400, "error-message-size-exceeded");
        }
        message.Text = text;
        message.EditedAt = message.UpdatedAt = NextTimestamp();
        Publish(message);
        return FakeRcResponse.Ok(new JsonObject { ["message"] = MessageJson(message, ejson: false) });
    }

    private FakeRcResponse ReactToMessage(JsonObject body, FakeRcUser caller)
    {
        var messageId = (string?)body["messageId"];
        if (string.IsNullOrEmpty(messageId))
        {
            return FakeRcResponse.Fail(400, "The required \"messageId\" param is missing. [error-messageid-param-not-provided]", "error-messageid-param-not-provided");
        }
        var message = _messages.FirstOrDefault(m => m.Id == messageId);
        if (message is null)
        {
            return FakeRcResponse.Fail(400, "The provided \"messageId\" does not match any existing message. [error-message-not-found]", "error-message-not-found");
        }
        var emoji = ((string?)body["emoji"] ?? (string?)body["reaction"])?.Trim(':');
        if (string.IsNullOrEmpty(emoji))
        {
            return FakeRcResponse.Fail(400, "The required \"emoji\" param is missing. [error-emoji-param-not-provided]", "error-emoji-param-not-provided");
        }
        if (!KnownEmoji.Contains(emoji))
        {
            return FakeRcResponse.Fail(400, "Invalid emoji provided. [error-not-allowed]", "error-not-allowed");
        }
        var key = $":{emoji}:";
        var reacted = message.Reactions.TryGetValue(key, out var usernames) && usernames.Contains(caller.Username);
        // Without shouldReact the call toggles (PROTOCOLS B3).
        var shouldReact = (bool?)body["shouldReact"] ?? !reacted;
        if (shouldReact)
        {
            AddReaction(message, caller, emoji);
        }
        else if (reacted)
        {
            usernames!.Remove(caller.Username);
            message.UpdatedAt = NextTimestamp();
            Publish(message);
        }
        return FakeRcResponse.Ok(new JsonObject());
    }

    private FakeRcResponse CreateDirect(JsonObject body, FakeRcUser caller)
    {
        var username = (string?)body["username"];
        if (string.IsNullOrEmpty(username))
        {
            return FakeRcResponse.Fail(400,
                "must have required property 'usernames'\n must have required property 'username'\n must match exactly one schema in oneOf [invalid-params]",
                "invalid-params");
        }
        var other = _users.Values.FirstOrDefault(u => u.Username == username);
        if (other is null)
        {
            return FakeRcResponse.Fail(400, "Invalid user [error-invalid-user]", "error-invalid-user");
        }
        var room = DirectRoom(caller.Id, other.Id);
        return FakeRcResponse.Ok(new JsonObject
        {
            ["room"] = new JsonObject
            {
                ["_id"] = room.Id,
                ["rid"] = room.Id,
                ["t"] = "d",
                ["usernames"] = new JsonArray(new[] { caller.Username, other.Username }.Order(StringComparer.Ordinal).Select(n => (JsonNode)n!).ToArray()),
            },
        });
    }

    private static bool CanAccess(FakeRcRoom room, FakeRcUser user) => room.Type == "c" || room.Members.Contains(user.Id);

    private FakeRcUser OtherMember(FakeRcRoom room, FakeRcUser user) =>
        _users[room.Members.FirstOrDefault(id => id != user.Id) ?? user.Id];

    /// <summary>A message as Rocket.Chat sends it: ISO dates over REST, EJSON <c>{$date}</c> over DDP.</summary>
    private JsonObject MessageJson(FakeRcMessage message, bool ejson)
    {
        JsonNode Date(DateTimeOffset at) => ejson ? new JsonObject { ["$date"] = at.ToUnixTimeMilliseconds() } : JsonValue.Create(Iso(at));

        var json = new JsonObject
        {
            ["_id"] = message.Id,
            ["rid"] = message.RoomId,
            ["msg"] = message.Text,
            ["ts"] = Date(message.Timestamp),
            ["u"] = new JsonObject { ["_id"] = message.Author.Id, ["username"] = message.Author.Username, ["name"] = message.Author.Name },
            ["_updatedAt"] = Date(message.UpdatedAt),
            ["mentions"] = Mentions(message.Text),
            ["channels"] = new JsonArray(),
        };
        if (message.ThreadId is not null)
        {
            json["tmid"] = message.ThreadId;
        }
        if (message.SystemType is not null)
        {
            json["t"] = message.SystemType;
            json["groupable"] = false;
        }
        if (message.EditedAt is { } edited)
        {
            json["editedAt"] = Date(edited);
            json["editedBy"] = new JsonObject { ["_id"] = message.Author.Id, ["username"] = message.Author.Username };
        }
        if (message.Attachments is not null)
        {
            json["attachments"] = message.Attachments.DeepClone();
        }
        if (message.File is { } file)
        {
            json["file"] = FileJson(file);
            json["files"] = new JsonArray(FileJson(file));
        }
        if (message.Reactions.Count > 0)
        {
            var reactions = new JsonObject();
            foreach (var (emoji, usernames) in message.Reactions.Where(r => r.Value.Count > 0))
            {
                reactions[emoji] = new JsonObject { ["usernames"] = new JsonArray(usernames.Select(u => (JsonNode)u!).ToArray()) };
            }
            json["reactions"] = reactions;
        }
        if (message.ThreadCount > 0)
        {
            json["tcount"] = message.ThreadCount;
            json["tlm"] = Date(message.LastThreadReplyAt!.Value);
            json["replies"] = new JsonArray();
        }
        return json;
    }

    private JsonArray Mentions(string text)
    {
        var mentions = new JsonArray();
        foreach (Match match in MentionPattern().Matches(text))
        {
            if (_users.Values.FirstOrDefault(u => u.Username == match.Groups[1].Value) is { } user)
            {
                mentions.Add(new JsonObject { ["_id"] = user.Id, ["username"] = user.Username, ["name"] = user.Name });
            }
        }
        return mentions;
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"@([0-9a-zA-Z\-_.]+)")]
    private static partial Regex MentionPattern();
}

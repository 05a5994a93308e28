using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// The websocket endpoint: authentication (header or authentication_challenge), hello, resume with
// connection_id/sequence_number, and the actions a client may send (ping, user_typing, get_statuses).
public sealed partial class FakeMattermostServer
{
    private const string WebSocketPath = "/api/v4/websocket";

    private readonly List<FakeWebSocketConnection> _connections = [];

    /// <summary>Sockets that are authenticated (they got their hello, or were resumed).</summary>
    public int ConnectedWebSockets
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count(s => s.Connection is not null);
            }
        }
    }

    private void MapWebSocketRoute(WebApplication app) => app.Map(WebSocketPath, HandleWebSocketAsync);

    private async Task HandleWebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await RefuseHandshakeAsync(context, Error(StatusCodes.Status400BadRequest, "api.web_socket.connect.upgrade.app_error", "Failed to upgrade websocket connection."), StatusCodes.Status400BadRequest);
            return;
        }
        FakeUser? user = null;
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            user = Authenticate(authorization);
            if (user is null)
            {
                await RefuseHandshakeAsync(context, Error(StatusCodes.Status401Unauthorized, "api.context.session_expired.app_error", "Invalid or expired session, please login again."), StatusCodes.Status401Unauthorized);
                return;
            }
        }
        var resume = ReadResumeRequest(context.Request.Query);
        if (resume is null)
        {
            await RefuseHandshakeAsync(context, Error(StatusCodes.Status400BadRequest, "api.websocket_handler.invalid_param.app_error", "Invalid sequence_number parameter."), StatusCodes.Status400BadRequest);
            return;
        }

        RecordRequest(context, StatusCodes.Status101SwitchingProtocols);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeWebSocketConnection(socket, _stopping.Token);
        lock (_gate)
        {
            _connections.Add(connection);
            if (user is not null)
            {
                AttachLocked(connection, user, resume.Value);
            }
        }
        NotifyChanged();
        try
        {
            while (await connection.ReceiveTextAsync(_stopping.Token) is { } text)
            {
                HandleClientMessage(connection, text, resume.Value);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Client vanished or the server is stopping.
        }
        finally
        {
            Detach(connection);
            connection.CompleteSending();
            await connection.SendLoop;
        }
    }

    private async Task RefuseHandshakeAsync(HttpContext context, IResult error, int status)
    {
        RecordRequest(context, status);
        await error.ExecuteAsync(context);
    }

    /// <summary>(connection_id, sequence_number) from the query; ("", 0) for a first connection; null when a
    /// connection_id comes without a usable sequence_number, which Mattermost refuses.</summary>
    private static (string ConnectionId, long SequenceNumber)? ReadResumeRequest(IQueryCollection query)
    {
        var connectionId = query["connection_id"].ToString();
        if (connectionId.Length == 0)
        {
            return ("", 0);
        }
        return long.TryParse(query["sequence_number"].ToString(), out var sequenceNumber) && sequenceNumber >= 0
            ? (connectionId, sequenceNumber)
            : null;
    }

    /// <summary>Resumes the session named by connection_id when every missed event is still buffered (replaying
    /// them, no hello); otherwise starts a new session whose hello (seq 0) carries a new connection_id.</summary>
    private void AttachLocked(FakeWebSocketConnection connection, FakeUser user, (string ConnectionId, long SequenceNumber) resume)
    {
        var session = _sessions.FirstOrDefault(s => s.ConnectionId == resume.ConnectionId && s.UserId == user.Id);
        if (session is not null && session.CanResumeFrom(resume.SequenceNumber))
        {
            if (session.Connection is { } previous)
            {
                CloseLocked(previous, WebSocketCloseStatus.PolicyViolation, "replaced by a newer connection");
            }
            session.Connection = connection;
            connection.Session = session;
            foreach (var text in session.EventsFrom(resume.SequenceNumber))
            {
                connection.Send(text);
            }
            return;
        }
        session = new FakeWebSocketSession(MattermostIds.NewId(), user.Id) { Connection = connection };
        connection.Session = session;
        _sessions.Add(session);
        var hello = new JsonObject
        {
            ["server_version"] = ServerVersion,
            ["connection_id"] = session.ConnectionId,
            ["server_hostname"] = "fake-mattermost",
        };
        session.Send("hello", hello, Broadcast(userId: user.Id));
    }

    /// <summary>Sends a close frame and detaches the socket at once: later events wait in the session's
    /// buffer for a resume instead of going to a socket that is closing.</summary>
    private static void CloseLocked(FakeWebSocketConnection connection, WebSocketCloseStatus status, string description)
    {
        if (connection.Session is { } session && session.Connection == connection)
        {
            session.Connection = null;
        }
        connection.Session = null;
        connection.Close(status, description);
    }

    private void Detach(FakeWebSocketConnection connection)
    {
        lock (_gate)
        {
            _connections.Remove(connection);
            if (connection.Session is { } session && session.Connection == connection)
            {
                session.Connection = null;
            }
            connection.Session = null;
        }
        NotifyChanged();
    }

    private void HandleClientMessage(FakeWebSocketConnection connection, string text, (string ConnectionId, long SequenceNumber) resume)
    {
        JsonObject? request;
        try
        {
            request = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            request = null;
        }
        if (request is null)
        {
            return;
        }
        var seq = request["seq"]?.GetValueKind() == JsonValueKind.Number ? request["seq"]!.GetValue<long>() : 0;
        var action = request["action"]?.GetValueKind() == JsonValueKind.String ? request["action"]!.GetValue<string>() : "";
        var data = request["data"] as JsonObject ?? [];

        lock (_gate)
        {
            if (connection.IsSilent)
            {
                // Half-open: whatever the client says is lost.
                return;
            }
            var session = connection.Session;
            if (action == "authentication_challenge")
            {
                AnswerAuthenticationChallengeLocked(connection, seq, data, resume);
                return;
            }
            if (session is null)
            {
                connection.Send(Failure(seq, "api.web_socket_router.not_authenticated.app_error", "The websocket connection is not authenticated.", StatusCodes.Status401Unauthorized));
                return;
            }
            switch (action)
            {
                case "ping":
                    connection.Send(Reply(seq, new JsonObject
                    {
                        ["text"] = "pong",
                        ["version"] = ServerVersion,
                        ["server_time"] = Now(),
                        ["node_id"] = "",
                    }));
                    break;
                case "user_typing":
                    connection.Send(Reply(seq));
                    BroadcastTypingLocked(session.UserId, data);
                    break;
                case "get_statuses":
                    connection.Send(Reply(seq, new JsonObject(_usersById.Keys.Select(id => KeyValuePair.Create(id, (JsonNode?)"online")))));
                    break;
                case "get_statuses_by_ids":
                    var ids = (data["user_ids"] as JsonArray ?? []).Select(n => n?.ToString() ?? "").Where(_usersById.ContainsKey);
                    connection.Send(Reply(seq, new JsonObject(ids.Select(id => KeyValuePair.Create(id, (JsonNode?)"online")))));
                    break;
                default:
                    connection.Send(Failure(seq, "api.web_socket_router.bad_action.app_error", "We could not find the WebSocket action.", StatusCodes.Status501NotImplemented));
                    break;
            }
        }
    }

    private void AnswerAuthenticationChallengeLocked(FakeWebSocketConnection connection, long seq, JsonObject data, (string ConnectionId, long SequenceNumber) resume)
    {
        if (connection.Session is not null)
        {
            connection.Send(Reply(seq));
            return;
        }
        var token = data["token"]?.GetValueKind() == JsonValueKind.String ? data["token"]!.GetValue<string>() : "";
        var user = _usersByToken.GetValueOrDefault(token);
        if (user is null)
        {
            connection.Send(Failure(seq, "api.context.session_expired.app_error", "Invalid or expired session, please login again.", StatusCodes.Status401Unauthorized));
            connection.Close(WebSocketCloseStatus.PolicyViolation, "authentication failed");
            return;
        }
        connection.Send(Reply(seq));
        AttachLocked(connection, user, resume);
        NotifyChanged();
    }

    private void BroadcastTypingLocked(string userId, JsonObject data)
    {
        var channelId = data["channel_id"]?.ToString() ?? "";
        if (!_channels.TryGetValue(channelId, out var channel) || !channel.Members.Contains(userId))
        {
            return;
        }
        var typing = new JsonObject { ["parent_id"] = data["parent_id"]?.ToString() ?? "", ["user_id"] = userId };
        BroadcastLocked("typing", typing, Broadcast(channelId: channelId), channel.Members.Where(m => m != userId));
    }

    private static string Reply(long seq, JsonObject? data = null)
    {
        var reply = new JsonObject { ["status"] = "OK", ["seq_reply"] = seq };
        if (data is not null)
        {
            reply["data"] = data;
        }
        return reply.ToJsonString();
    }

    private static string Failure(long seq, string id, string message, int status) => new JsonObject
    {
        ["status"] = "FAIL",
        ["seq_reply"] = seq,
        ["error"] = MattermostJson.Error(id, message, status),
    }.ToJsonString();
}

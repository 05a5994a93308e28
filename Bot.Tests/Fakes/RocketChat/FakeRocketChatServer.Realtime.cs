using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>The Realtime API: DDP frames over a websocket at /websocket.</summary>
public sealed partial class FakeRocketChatServer
{
    private async Task HandleWebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (RefuseConnections)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new FakeDdpSession(socket);
        lock (_gate)
        {
            _sessions.Add(session);
            ConnectionsAccepted++;
        }
        Signal();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var outbox = session.RunOutboxAsync(stop.Token);
        // Meteor greets with its server id before anything else.
        session.Send(new JsonObject { ["server_id"] = "0" });
        try
        {
            await ReceiveFramesAsync(session, stop.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Dropped by the test or by the client.
        }
        finally
        {
            lock (_gate)
            {
                _sessions.Remove(session);
            }
            session.Close();
            await stop.CancelAsync();
            await outbox;
            Signal();
        }
    }

    private async Task ReceiveFramesAsync(FakeDdpSession session, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var frame = new MemoryStream();
        while (session.Socket.State == WebSocketState.Open)
        {
            var result = await session.Socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await session.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
                return;
            }
            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }
            var text = Encoding.UTF8.GetString(frame.ToArray());
            frame.SetLength(0);
            try
            {
                if (JsonNode.Parse(text) is JsonObject json)
                {
                    HandleFrame(session, json);
                }
            }
            catch (JsonException)
            {
                session.Send(new JsonObject { ["msg"] = "error", ["reason"] = "Bad request" });
            }
            Signal();
        }
    }

    private void HandleFrame(FakeDdpSession session, JsonObject frame)
    {
        var id = (string?)frame["id"];
        switch ((string?)frame["msg"])
        {
            case "connect":
                session.Connected = true;
                session.Send(new JsonObject { ["msg"] = "connected", ["session"] = Guid.NewGuid().ToString("N")[..17] });
                break;
            case "ping":
                session.Send(id is null ? new JsonObject { ["msg"] = "pong" } : new JsonObject { ["msg"] = "pong", ["id"] = id });
                break;
            case "pong":
                lock (_gate)
                {
                    PongsReceived++;
                }
                break;
            case "method" when (string?)frame["method"] == "login":
                Login(session, id, frame["params"]?[0]?["resume"]?.GetValue<string>());
                break;
            case "method":
                session.Send(new JsonObject
                {
                    ["msg"] = "result",
                    ["id"] = id,
                    ["error"] = new JsonObject { ["error"] = 404, ["reason"] = $"Method '{(string?)frame["method"]}' not found", ["errorType"] = "Meteor.Error" },
                });
                break;
            case "sub":
                Subscribe(session, id, frame);
                break;
            case "unsub":
                lock (_gate)
                {
                    if (session.MessagesSubscriptionId == id)
                    {
                        session.MessagesSubscriptionId = null;
                    }
                }
                session.Send(new JsonObject { ["msg"] = "nosub", ["id"] = id });
                break;
            default:
                break;
        }
    }

    private void Login(FakeDdpSession session, string? id, string? resume)
    {
        FakeRcUser? user;
        lock (_gate)
        {
            RealtimeLoginAttempts++;
            user = session.Connected && !RefuseRealtimeLogins ? _users.Values.FirstOrDefault(u => resume is not null && u.Token == resume) : null;
            session.User = user;
        }
        if (user is null)
        {
            session.Send(new JsonObject
            {
                ["msg"] = "result",
                ["id"] = id,
                ["error"] = new JsonObject
                {
                    ["isClientSafe"] = true,
                    ["error"] = 403,
                    ["reason"] = "You've been logged out by the server. Please log in again.",
                    ["message"] = "You've been logged out by the server. Please log in again. [403]",
                    ["errorType"] = "Meteor.Error",
                },
            });
            return;
        }
        session.Send(new JsonObject
        {
            ["msg"] = "result",
            ["id"] = id,
            ["result"] = new JsonObject
            {
                ["id"] = user.Id,
                ["token"] = resume,
                ["tokenExpires"] = new JsonObject { ["$date"] = DateTimeOffset.UtcNow.AddDays(90).ToUnixTimeMilliseconds() },
                ["type"] = "resume",
            },
        });
        session.Send(new JsonObject { ["msg"] = "updated", ["methods"] = new JsonArray(id) });
    }

    private void Subscribe(FakeDdpSession session, string? id, JsonObject frame)
    {
        var name = (string?)frame["name"];
        var eventName = (string?)frame["params"]?[0];
        lock (_gate)
        {
            if (session.User is null || name != "stream-room-messages" || eventName != "__my_messages__")
            {
                session.Send(new JsonObject
                {
                    ["msg"] = "nosub",
                    ["id"] = id,
                    ["error"] = new JsonObject { ["error"] = "not-allowed", ["reason"] = "Not allowed", ["errorType"] = "Meteor.Error" },
                });
                return;
            }
            session.MessagesSubscriptionId = id;
        }
        session.Send(new JsonObject { ["msg"] = "ready", ["subs"] = new JsonArray(id) });
    }

    /// <summary>
    /// Sends a message (new or changed) to every subscribed session that may see its room, as
    /// <c>__my_messages__</c> does: public rooms too, with roomParticipant false when not a member. Caller holds the lock.
    /// </summary>
    private void Publish(FakeRcMessage message)
    {
        var room = _rooms[message.RoomId];
        foreach (var session in _sessions.Where(s => s.MessagesSubscriptionId is not null && s.User is not null))
        {
            var participant = room.Members.Contains(session.User!.Id);
            if (!participant && room.Type != "c")
            {
                continue;
            }
            session.Send(new JsonObject
            {
                ["msg"] = "changed",
                ["collection"] = "stream-room-messages",
                ["id"] = "id",
                ["fields"] = new JsonObject
                {
                    ["eventName"] = "__my_messages__",
                    ["args"] = new JsonArray(
                        MessageJson(message, ejson: true),
                        new JsonObject { ["roomParticipant"] = participant, ["roomType"] = room.Type, ["roomName"] = room.Name }),
                },
            });
        }
    }
}

using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>The fake speaks Rocket.Chat's wire format (PROTOCOLS part B), checked with plain HTTP and a raw websocket.</summary>
public sealed class FakeRocketChatServerTests
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);
    private FakeRocketChatServer _server = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task SetUp()
    {
        _server = await FakeRocketChatServer.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_server.Url + "/api/v1/") };
    }

    [TearDown]
    public async Task TearDown()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private HttpRequestMessage AsBot(HttpMethod method, string endpoint, string? json = null)
    {
        var request = new HttpRequestMessage(method, endpoint);
        request.Headers.Add("X-User-Id", _server.Bot.Id);
        request.Headers.Add("X-Auth-Token", FakeRocketChatServer.BotToken);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return request;
    }

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    [Test]
    public async Task Rest_WithoutCredentials_Answers401WithThePre8Body()
    {
        using var response = await _http.GetAsync(new Uri("me", UriKind.Relative));

        var body = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(body.ToJsonString(), Is.EqualTo("""{"success":false,"status":"error","message":"You must be logged in to do this."}"""));
    }

    [Test]
    public async Task Rest_Failure_IsSuccessFalseWithErrorAndErrorType()
    {
        using var request = AsBot(HttpMethod.Post, "chat.react", """{"messageId":"nope","emoji":"tada"}""");
        using var response = await _http.SendAsync(request);

        var body = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((bool?)body["success"], Is.False);
        Assert.That((string?)body["errorType"], Is.EqualTo("error-message-not-found"));
    }

    [Test]
    public async Task SendMessage_AnswersTheMessageWithIsoDates()
    {
        var room = _server.AddRoom("missions");

        using var request = AsBot(HttpMethod.Post, "chat.sendMessage", new JsonObject { ["message"] = new JsonObject { ["_id"] = "abc", ["rid"] = room.Id, ["msg"] = "salut" } }.ToJsonString());
        using var response = await _http.SendAsync(request);

        var message = (await BodyAsync(response))["message"]!;
        Assert.That((string?)message["_id"], Is.EqualTo("abc"));
        Assert.That((string?)message["ts"], Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
    }

    [Test]
    public async Task RateLimit_RefusesOverTheLimit_WithTheResetInEpochMilliseconds()
    {
        _server.RateLimit = new FakeRcRateLimit(1, TimeSpan.FromMinutes(1));
        using var first = AsBot(HttpMethod.Get, "me");
        using var second = AsBot(HttpMethod.Get, "me");

        using var allowed = await _http.SendAsync(first);
        using var refused = await _http.SendAsync(second);

        var reset = long.Parse(refused.Headers.GetValues("X-RateLimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.GetValues("X-RateLimit-Remaining").Single(), Is.EqualTo("0"));
        Assert.That(DateTimeOffset.FromUnixTimeMilliseconds(reset), Is.GreaterThan(DateTimeOffset.UtcNow).And.LessThan(DateTimeOffset.UtcNow.AddMinutes(2)));
        Assert.That((string?)(await BodyAsync(refused))["error"], Does.EndWith("[error-too-many-requests]"));
    }

    [Test]
    public async Task Realtime_Handshake_ThenMessagesAndTheirChangesArriveWithEjsonDates()
    {
        var bob = _server.AddUser("bob");
        var room = _server.AddRoom("missions", "c", botIsMember: true, bob);
        using var socket = await ConnectAsync();

        Assert.That((string?)(await ReceiveAsync(socket))["server_id"], Is.EqualTo("0"));
        await SendAsync(socket, """{"msg":"connect","version":"1","support":["1"]}""");
        Assert.That((string?)(await ReceiveAsync(socket))["msg"], Is.EqualTo("connected"));
        await SendAsync(socket, $$"""{"msg":"method","method":"login","id":"1","params":[{"resume":"{{FakeRocketChatServer.BotToken}}"}]}""");
        var login = await ReceiveAsync(socket);
        Assert.That((string?)login["result"]?["id"], Is.EqualTo(_server.Bot.Id));
        Assert.That((string?)(await ReceiveAsync(socket))["msg"], Is.EqualTo("updated"));
        await SendAsync(socket, """{"msg":"sub","id":"s1","name":"stream-room-messages","params":["__my_messages__",false]}""");
        Assert.That((await ReceiveAsync(socket))["subs"]?.ToJsonString(), Is.EqualTo("""["s1"]"""));

        var message = _server.Post(bob, room, "je suis partant");
        var posted = await ReceiveAsync(socket);
        _server.React(_server.Bot, message, "white_check_mark");
        var changed = await ReceiveAsync(socket);

        var args = posted["fields"]!["args"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)posted["collection"], Is.EqualTo("stream-room-messages"));
            Assert.That((string?)args[0]!["_id"], Is.EqualTo(message.Id));
            Assert.That(args[0]!["ts"]!["$date"]!.GetValue<long>(), Is.EqualTo(message.Timestamp.ToUnixTimeMilliseconds()));
            Assert.That(args[1]!.ToJsonString(), Is.EqualTo("""{"roomParticipant":true,"roomType":"c","roomName":"missions"}"""));
            Assert.That((string?)changed["fields"]!["args"]![0]!["_id"], Is.EqualTo(message.Id), "a reaction re-sends the message");
            Assert.That(changed["fields"]!["args"]![0]!["reactions"]?.ToJsonString(), Does.Contain(":white_check_mark:"));
        });
    }

    [Test]
    public async Task Realtime_LoginWithAWrongToken_IsAMeteorError403()
    {
        using var socket = await ConnectAsync();
        await ReceiveAsync(socket);
        await SendAsync(socket, """{"msg":"connect","version":"1","support":["1"]}""");
        await ReceiveAsync(socket);

        await SendAsync(socket, """{"msg":"method","method":"login","id":"1","params":[{"resume":"wrong"}]}""");

        var result = await ReceiveAsync(socket);
        Assert.That((int?)result["error"]?["error"], Is.EqualTo(403));
        Assert.That((string?)result["error"]?["errorType"], Is.EqualTo("Meteor.Error"));
    }

    [Test]
    public async Task Realtime_PingWithId_IsAnsweredWithPongAndTheSameId()
    {
        using var socket = await ConnectAsync();
        await ReceiveAsync(socket);

        await SendAsync(socket, """{"msg":"ping","id":"k1"}""");

        Assert.That((await ReceiveAsync(socket)).ToJsonString(), Is.EqualTo("""{"msg":"pong","id":"k1"}"""));
    }

    [Test]
    public void Realtime_WhileRefusingConnections_AnswersTheUpgradeWith503()
    {
        _server.RefuseConnections = true;
        using var socket = new ClientWebSocket();

        var error = Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(_server.Url.Replace("http", "ws", StringComparison.Ordinal) + "/websocket"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("503"));
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(_server.Url.Replace("http", "ws", StringComparison.Ordinal) + "/websocket"), CancellationToken.None);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string frame) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonObject> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            frame.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(Encoding.UTF8.GetString(frame.ToArray()))!.AsObject();
    }
}

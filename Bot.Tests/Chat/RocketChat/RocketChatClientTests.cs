using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Chat.RocketChat;
using MissionBot.Hosting;
using MissionBot.Tests.Fakes.RocketChat;

namespace MissionBot.Tests.Chat.RocketChat;

/// <summary>The REST side of the adapter against the fake server over real HTTP: requests, errors, retries.</summary>
public sealed class RocketChatClientTests
{
    private FakeRocketChatServer _server = null!;
    private RocketChatApi _api = null!;
    private RocketChatClient _client = null!;
    private FakeRcUser _bob = null!;
    private FakeRcRoom _missions = null!;

    [SetUp]
    public async Task SetUp()
    {
        _server = await FakeRocketChatServer.StartAsync();
        _bob = _server.AddUser("bob");
        _missions = _server.AddRoom("missions", "c", botIsMember: true, _bob);
        (_api, _client) = Connect(FakeRocketChatServer.BotToken);
    }

    [TearDown]
    public async Task TearDown()
    {
        _api.Dispose();
        await _server.DisposeAsync();
    }

    private (RocketChatApi, RocketChatClient) Connect(string token)
    {
        var options = Options.Create(new RocketChatOptions { Url = _server.Url, UserId = _server.Bot.Id, Token = token });
        var api = new RocketChatApi(options, TimeProvider.System, NullLogger<RocketChatApi>.Instance);
        return (api, new RocketChatClient(api, options, NullLogger<RocketChatClient>.Instance));
    }

    [Test]
    public async Task Identify_ReadsTheBotFromMe()
    {
        var me = await _client.IdentifyAsync(CancellationToken.None);

        Assert.That(me, Is.EqualTo(new ChatUser("bot-id", "missionbot", "MissionBot")));
        Assert.That(_client.Me, Is.EqualTo(me));
    }

    [Test]
    public async Task AnyCall_WithAWrongToken_Fails401WithoutRetryAndWithoutTheToken()
    {
        var (api, client) = Connect("not-the-token");
        using var _ = api;

        var error = Assert.ThrowsAsync<RocketChatApiException>(() => client.IdentifyAsync(CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(401));
        Assert.That(error.Error, Is.EqualTo("You must be logged in to do this."), "the pre-8.0 401 body is understood");
        Assert.That(error.Message, Does.Not.Contain("not-the-token"));
        Assert.That(_server.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Post_WhenRateLimited_WaitsForTheAnnouncedResetThenSucceeds()
    {
        _server.RateLimit = new FakeRcRateLimit(Limit: 1, Window: TimeSpan.FromMilliseconds(400));

        await _client.PostAsync(_missions.Id, new OutgoingMessage("premier"), CancellationToken.None);
        await _client.PostAsync(_missions.Id, new OutgoingMessage("second"), CancellationToken.None);

        var calls = _server.Calls;
        Assert.That(calls.Select(c => c.Status), Is.EqualTo((int[])[200, 429, 200]));
        Assert.That(calls[2].At - calls[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(390)), "the retry waited for the window's reset");
        Assert.That(_server.BotPostsIn(_missions).Select(m => m.Text), Is.EqualTo((string[])["premier", "second"]));
    }

    [Test]
    public async Task Post_WhenTheServerFailsTransiently_RetriesWithTheSameIdAndPostsOnce()
    {
        _server.FailNext("chat.sendMessage", 502, times: 2);

        var post = await _client.PostAsync(_missions.Id, new OutgoingMessage("annonce"), CancellationToken.None);

        var calls = _server.Calls;
        var ids = calls.Select(c => (string?)JsonNode.Parse(c.Body)!["message"]!["_id"]).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(calls.Select(c => c.Status), Is.EqualTo((int[])[502, 502, 200]));
            Assert.That(ids, Is.EqualTo(new[] { post.PostId }), "every attempt carries the id the bot chose");
            Assert.That(_server.BotPostsIn(_missions), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Post_WhenRefusedWithA400_FailsAtOnceWithTheServersError()
    {
        var elsewhere = _server.AddRoom("elsewhere", "p", botIsMember: false, _bob);

        var error = Assert.ThrowsAsync<RocketChatApiException>(() => _client.PostAsync(elsewhere.Id, new OutgoingMessage("x"), CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(400));
        Assert.That(error.ErrorType, Is.EqualTo("error-invalid-room"));
        Assert.That(_server.Calls.Count(c => c.Endpoint == "chat.sendMessage"), Is.EqualTo(1), "a 4xx other than 429 is never retried");
    }

    [Test]
    public async Task Post_InAThread_SendsTmid()
    {
        var root = _server.Post(_bob, _missions, "racine");

        await _client.PostAsync(_missions.Id, new OutgoingMessage("réponse") { ThreadRootId = root.Id }, CancellationToken.None);

        Assert.That(_server.MessagesFromBot().Single().ThreadId, Is.EqualTo(root.Id));
    }

    [Test]
    public async Task Post_WithAButton_SendsAnActionThatPostsThePrefixedCommandAsTheClicker()
    {
        var buttons = new[] { new ChatButton("join", "Je me propose", "join 3") };

        await _client.PostAsync(_missions.Id, new OutgoingMessage("annonce") { Buttons = buttons }, CancellationToken.None);

        var action = _server.MessagesFromBot().Single().Attachments![0]!["actions"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)action["type"], Is.EqualTo("button"));
            Assert.That((string?)action["text"], Is.EqualTo("Je me propose"));
            Assert.That((string?)action["msg"], Is.EqualTo("!mission join 3"));
            Assert.That((bool?)action["msg_in_chat_window"], Is.True);
            Assert.That((string?)action["msg_processing_type"], Is.EqualTo("sendMessage"));
        });
    }

    [Test]
    public async Task Post_LongerThanTheLimit_IsCutToFiveThousandUtf16Units()
    {
        var text = string.Concat(Enumerable.Repeat("é🎉", 3000));

        await _client.PostAsync(_missions.Id, new OutgoingMessage(text), CancellationToken.None);

        var stored = _server.MessagesFromBot().Single().Text;
        Assert.That(stored, Has.Length.LessThanOrEqualTo(5000).And.Length.GreaterThan(4990));
        Assert.That(stored, Does.EndWith("…"));
        Assert.That(_client.MeasureLength("🎉"), Is.EqualTo(2), "Rocket.Chat counts UTF-16 units");
    }

    [Test]
    public async Task SendDirect_OpensTheDirectRoomOnceThenReusesIt()
    {
        await _client.SendDirectAsync(_bob.Id, new OutgoingMessage("un"), CancellationToken.None);
        await _client.SendDirectAsync(_bob.Id, new OutgoingMessage("deux"), CancellationToken.None);

        Assert.That(_server.DirectMessagesTo(_bob).Select(m => m.Text), Is.EqualTo((string[])["un", "deux"]));
        Assert.That(_server.Calls.Count(c => c.Endpoint == "dm.create"), Is.EqualTo(1));
    }

    [Test]
    public void SendDirect_ToSomeoneUnknown_Fails()
    {
        var error = Assert.ThrowsAsync<RocketChatApiException>(() => _client.SendDirectAsync("nobody", new OutgoingMessage("x"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("nobody"));
    }

    [Test]
    public async Task FindUserByUsername_KnowsBobAndNotAStranger()
    {
        var bob = await _client.FindUserByUsernameAsync("@bob", CancellationToken.None);
        var stranger = await _client.FindUserByUsernameAsync("stranger", CancellationToken.None);

        Assert.That(bob, Is.EqualTo(new ChatUser(_bob.Id, "bob", "bob")));
        Assert.That(stranger, Is.Null);
    }

    [Test]
    public async Task AddReaction_TwiceStillLeavesTheReaction()
    {
        var reply = _server.Post(_bob, _missions, "partant");

        await _client.AddReactionAsync(new PostRef(_missions.Id, reply.Id), "white_check_mark", CancellationToken.None);
        await _client.AddReactionAsync(new PostRef(_missions.Id, reply.Id), "white_check_mark", CancellationToken.None);

        Assert.That(_server.ReactionsBy(_server.Bot, reply), Is.EquivalentTo((string[])["white_check_mark"]), "shouldReact is always sent: no toggling");
    }

    [Test]
    public async Task UpdatePost_ReplacesTheTextInRocketChatMarkdown_AndKeepsTheButtons()
    {
        var buttons = new[] { new ChatButton("join", "Je me propose", "join 1") };
        var post = await _client.PostAsync(_missions.Id, new OutgoingMessage("**Candidatures :** 0") { Buttons = buttons }, CancellationToken.None);

        await _client.UpdatePostAsync(post, new OutgoingMessage("**Candidatures :** 1"), CancellationToken.None);

        var message = _server.Find(post.PostId)!;
        Assert.That(message.Text, Is.EqualTo("*Candidatures :* 1"));
        Assert.That(message.Attachments, Is.Not.Null);
    }

    [Test]
    public async Task ResolveChannelId_FindsTheRoomByName_AndFailsForAnUnknownOne()
    {
        var id = await _client.ResolveChannelIdAsync("missions", CancellationToken.None);
        var error = Assert.ThrowsAsync<RocketChatApiException>(() => _client.ResolveChannelIdAsync("nowhere", CancellationToken.None));

        Assert.That(id, Is.EqualTo(_missions.Id));
        Assert.That(error!.ErrorType, Is.EqualTo("error-room-not-found"));
    }
}

using MissionBot.Tests.Fakes.RocketChat;

namespace MissionBot.Tests.EndToEnd.RocketChat;

public sealed class RocketChatEndToEndTests
{
    private RocketChatBotHost _bot = null!;

    [SetUp]
    public async Task SetUp() => _bot = await RocketChatBotHost.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bot.DisposeAsync();

    private FakeRocketChatServer Server => _bot.Server;

    [Test]
    public async Task NewMission_InAChannel_IsAnnouncedInTheMissionsChannelAndConfirmedByDirectMessage()
    {
        _bot.Say(_bot.Alice, "!mission new Refonte du site | Passer sous WordPress | compétences: wordpress, graphisme | échéance: 15/12/2099 | lieu: Lyon");

        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Alice).Count == 1, "alice got her confirmation by DM");
        var announcement = Server.BotPostsIn(_bot.Missions).Single();
        var confirmation = Server.DirectMessagesTo(_bot.Alice).Single();
        Assert.Multiple(() =>
        {
            Assert.That(announcement.Text, Does.Contain("Mission #1 · Refonte du site"));
            Assert.That(announcement.Text, Does.Contain("*Compétences :* wordpress, graphisme"), "bold is a single asterisk on Rocket.Chat");
            Assert.That(announcement.Text, Does.Not.Contain("**"));
            Assert.That(announcement.Text, Does.Contain("`!mission join 1`").And.Not.Contain("/mission"));
            Assert.That(announcement.Attachments?.ToJsonString(), Does.Contain("\"msg\":\"!mission join 1\"").And.Contain("\"msg_in_chat_window\":true"));
            Assert.That(confirmation.Text, Does.Contain("#1").And.Contain("!mission show 1"));
            Assert.That(Server.BotPostsIn(_bot.General), Is.Empty, "nothing is answered in the channel itself");
        });
    }
}

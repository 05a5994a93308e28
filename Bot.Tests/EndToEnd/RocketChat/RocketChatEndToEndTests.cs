using System.Net;
using MissionBot.Missions;
using MissionBot.Tests.Fakes.RocketChat;

namespace MissionBot.Tests.EndToEnd.RocketChat;

/// <summary>The real host against the fake Rocket.Chat: what people do in the chat, and what they get back.</summary>
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

    [Test]
    public async Task ThreadReply_WithVolunteerPhrase_RecordsCandidacyReactsAndTellsBoth()
    {
        var announcement = await _bot.AnnounceMissionAsync();

        var reply = Server.ReplyInThread(_bot.Bob, announcement, "Je suis partant !");

        await Server.WaitUntilAsync(() => Server.ReactionsBy(Server.Bot, reply).Contains("white_check_mark"), "the bot reacted ✅ to bob's reply");
        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Bob).Count == 1, "bob got his acknowledgement");
        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Alice).Count == 2, "alice was told about bob");
        await Server.WaitUntilAsync(() => Server.Find(announcement.Id)!.Text.Contains("*Candidatures :* 1", StringComparison.Ordinal), "the announcement shows one candidacy");
        var candidacy = _bot.Database.Candidacies.FindAll().Single();
        Assert.Multiple(() =>
        {
            Assert.That(candidacy.PersonId, Is.EqualTo(_bot.Bob.Id));
            Assert.That(candidacy.Source, Is.EqualTo(CandidacySource.Thread));
            Assert.That(Server.DirectMessagesTo(_bot.Bob).Single().Text, Does.Contain("candidature").And.Contain("#1").And.Contain("!mission leave 1"));
            Assert.That(Server.DirectMessagesTo(_bot.Alice)[^1].Text, Does.Contain("@bob"));
        });
    }

    [Test]
    public async Task ThreadReply_RepeatedVolunteering_IsRecordedOnce()
    {
        var announcement = await _bot.AnnounceMissionAsync();

        var first = Server.ReplyInThread(_bot.Bob, announcement, "Je suis partant !");
        Server.ReplyInThread(_bot.Bob, announcement, "+1");
        await _bot.BarrierAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bot.Database.Candidacies.Count(), Is.EqualTo(1));
            Assert.That(Server.DirectMessagesTo(_bot.Bob), Has.Count.EqualTo(1));
            Assert.That(Server.Calls.Count(c => c.Endpoint == "chat.react"), Is.EqualTo(1));
            Assert.That(Server.ReactionsBy(Server.Bot, first), Is.EquivalentTo((string[])["white_check_mark"]));
        });
    }

    [Test]
    public async Task ButtonClick_PostsTheCommandAsTheClickingPerson_AndRecordsTheirCandidacy()
    {
        var announcement = await _bot.AnnounceMissionAsync();

        var click = Server.Click(_bot.Carol, announcement, "Je me propose");

        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Carol).Count == 1, "carol got her acknowledgement");
        var candidacy = _bot.Database.Candidacies.FindAll().Single();
        Assert.Multiple(() =>
        {
            Assert.That(click.Text, Is.EqualTo("!mission join 1"));
            Assert.That(candidacy.PersonId, Is.EqualTo(_bot.Carol.Id), "the click is attributed to the person who clicked");
            Assert.That(candidacy.Source, Is.EqualTo(CandidacySource.Command), "a click cannot be told from the typed command");
            Assert.That(Server.DirectMessagesTo(_bot.Carol).Single().Text, Does.Contain("Ta candidature pour la mission *#1*"));
        });
    }

    [Test]
    public async Task Join_WhenOwnerRepliesInHerOwnThread_IsRefusedByDirectMessage()
    {
        var announcement = await _bot.AnnounceMissionAsync();

        var reply = Server.ReplyInThread(_bot.Alice, announcement, "je suis partante");

        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Alice).Count == 2, "alice was answered");
        Assert.Multiple(() =>
        {
            Assert.That(Server.DirectMessagesTo(_bot.Alice)[^1].Text, Does.Contain("tu ne peux pas t'y proposer"));
            Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
            Assert.That(Server.ReactionsBy(Server.Bot, reply), Is.Empty);
        });
    }

    [Test]
    public async Task ThreadReply_ThatIsAQuestion_IsLeftAlone()
    {
        var announcement = await _bot.AnnounceMissionAsync();

        var question = Server.ReplyInThread(_bot.Bob, announcement, "Dispo quand exactement ?");
        await _bot.BarrierAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
            Assert.That(Server.DirectMessagesTo(_bot.Bob), Is.Empty);
            Assert.That(Server.ReactionsBy(Server.Bot, question), Is.Empty);
        });
    }

    [Test]
    public async Task ThreadReply_StartingWithAMentionOfTheBot_StillCountsAsVolunteering()
    {
        var announcement = await _bot.AnnounceMissionAsync();

        Server.ReplyInThread(_bot.Bob, announcement, "@missionbot je suis partant");

        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Bob).Count == 1, "bob got his acknowledgement");
        Assert.That(_bot.Database.Candidacies.FindAll().Single().PersonId, Is.EqualTo(_bot.Bob.Id));
    }

    [Test]
    public async Task MentionOfTheBot_RunsTheCommand_AndAnswersByDirectMessage()
    {
        await _bot.AnnounceMissionAsync("Affiche du festival");

        _bot.Say(_bot.Bob, "@missionbot list");

        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Bob).Count == 1, "bob got the list");
        Assert.That(Server.DirectMessagesTo(_bot.Bob).Single().Text, Does.Contain("*Missions ouvertes*").And.Contain("Affiche du festival"));
    }

    [Test]
    public async Task DirectMessage_List_IsAnsweredInTheDirectRoom()
    {
        Server.SendDirectToBot(_bot.Bob, "list");

        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Bob).Count == 1, "bob got an answer");
        Assert.That(Server.DirectMessagesTo(_bot.Bob).Single().Text, Does.Contain("Aucune mission ouverte").And.Contain("`!mission new`"));
    }

    [Test]
    public async Task DirectMessage_WithThePrefix_IsReadAsTheSameCommand()
    {
        await _bot.AnnounceMissionAsync();

        Server.SendDirectToBot(_bot.Bob, "!mission join 1");

        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Bob).Count == 1, "bob got an answer");
        Assert.That(_bot.Database.Candidacies.FindAll().Single().PersonId, Is.EqualTo(_bot.Bob.Id));
    }

    [TestCase("!mission new Affiche | échéance: demain matin", "« demain matin »")]
    [TestCase("!mission new", "besoin d'un titre")]
    [TestCase("!mission join abc", "« abc » n'est pas un numéro de mission")]
    [TestCase("!mission join 42", "Je ne trouve pas de mission *#42*")]
    [TestCase("!mission frobnicate", "Je ne connais pas la commande « frobnicate »")]
    public async Task BadInput_IsExplainedByDirectMessage_AndNothingIsStored(string command, string explanation)
    {
        _bot.Say(_bot.Bob, command);

        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Bob).Count == 1, "bob got an explanation");
        Assert.Multiple(() =>
        {
            Assert.That(Server.DirectMessagesTo(_bot.Bob).Single().Text, Does.Contain(explanation));
            Assert.That(_bot.Database.Missions.Count(), Is.Zero);
            Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
            Assert.That(Server.BotPostsIn(_bot.Missions), Is.Empty);
        });
    }

    [Test]
    public async Task BotsOwnAndSystemMessages_AreIgnored()
    {
        Server.Post(Server.Bot, _bot.General, "!mission list");
        Server.PostSystemMessage(_bot.Bob, _bot.General, "uj", "!mission list");
        await _bot.BarrierAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Server.MessagesFromBot().Select(m => m.Text), Has.Exactly(1).Contains("Aucune mission ouverte"), "only the barrier was answered");
            Assert.That(Server.DirectMessagesTo(_bot.Bob), Is.Empty);
        });
    }

    [Test]
    public async Task EditedMessage_IsNotReadAsANewCommand()
    {
        var message = _bot.Say(_bot.Bob, "salut tout le monde");
        Server.Edit(message, "!mission list");
        await _bot.BarrierAsync();

        Assert.That(Server.DirectMessagesTo(_bot.Bob), Is.Empty);
    }

    [Test]
    public async Task OldMessage_ResentAfterAReaction_IsNotHandledAgain()
    {
        var command = _bot.Say(_bot.Bob, "!mission list");
        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Bob).Count == 1, "bob got the list");

        Server.React(_bot.Alice, command, "thumbsup");
        await _bot.BarrierAsync();

        Assert.That(Server.DirectMessagesTo(_bot.Bob), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CommandInAPublicChannelTheBotHasNotJoined_IsIgnored()
    {
        var lobby = Server.AddRoom("lobby", "c", botIsMember: false, _bot.Bob);

        Server.Post(_bot.Bob, lobby, "!mission list");
        await _bot.BarrierAsync();

        Assert.That(Server.DirectMessagesTo(_bot.Bob), Is.Empty);
    }

    [Test]
    public async Task Ping_FromTheServer_IsAnsweredWithPong()
    {
        Server.Ping("keepalive-1");
        Server.Ping();

        await Server.WaitUntilAsync(() => Server.PongsReceived == 2, "the bot answered both pings");
    }

    [Test]
    public async Task Reconnection_CatchesUpOnMessagesPostedWhileAway_ExactlyOnce()
    {
        var announcement = await _bot.AnnounceMissionAsync();
        Server.RefuseConnections = true;
        Server.DropConnections();
        await Server.WaitUntilAsync(() => !Server.BotListening, "the bot lost its connection");

        var reply = Server.ReplyInThread(_bot.Bob, announcement, "Je suis partant !");
        Server.SendDirectToBot(_bot.Carol, "show 1");
        Server.RefuseConnections = false;

        await Server.WaitUntilAsync(() => Server.BotListening, "the bot reconnected");
        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(_bot.Carol).Count == 1, "carol's DM sent while away was answered");
        await Server.WaitUntilAsync(() => Server.ReactionsBy(Server.Bot, reply).Count == 1, "bob's reply posted while away was handled");
        await _bot.BarrierAsync();
        Assert.Multiple(() =>
        {
            Assert.That(Server.Calls.Any(c => c.Endpoint == "chat.syncMessages"), Is.True, "missed messages come from chat.syncMessages");
            Assert.That(_bot.Database.Candidacies.Count(), Is.EqualTo(1));
            Assert.That(Server.Calls.Count(c => c.Endpoint == "chat.react"), Is.EqualTo(1));
            Assert.That(Server.DirectMessagesTo(_bot.Bob), Has.Count.EqualTo(1));
            Assert.That(Server.DirectMessagesTo(_bot.Carol), Has.Count.EqualTo(1));
            Assert.That(Server.DirectMessagesTo(_bot.Carol).Single().Text, Does.Contain("Mission #1"));
        });
    }

    [Test]
    public async Task RateLimitedBurst_EveryMessageStillArrivesOnce()
    {
        Server.RateLimit = new FakeRcRateLimit(Limit: 2, Window: TimeSpan.FromMilliseconds(300));
        var announcement = await _bot.AnnounceMissionAsync();

        Server.ReplyInThread(_bot.Bob, announcement, "Je suis partant !");
        Server.ReplyInThread(_bot.Carol, announcement, "je me propose");

        await Server.WaitUntilAsync(
            () => Server.DirectMessagesTo(_bot.Bob).Count == 1 && Server.DirectMessagesTo(_bot.Carol).Count == 1 && Server.DirectMessagesTo(_bot.Alice).Count == 3,
            "every acknowledgement and owner notice arrived", TimeSpan.FromSeconds(30));
        await Server.WaitUntilAsync(() => Server.Find(announcement.Id)!.Text.Contains("*Candidatures :* 2", StringComparison.Ordinal), "the announcement shows two candidacies", TimeSpan.FromSeconds(30));
        Assert.Multiple(() =>
        {
            Assert.That(Server.Calls.Count(c => c.Status == 429), Is.GreaterThan(0), "the limiter did refuse calls");
            Assert.That(Server.Calls.Where(c => c.Status == 429).Select(c => c.Endpoint), Does.Contain("chat.sendMessage"));
            Assert.That(_bot.Database.Candidacies.Count(), Is.EqualTo(2));
            Assert.That(Server.BotPostsIn(_bot.Missions), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Health_SaysConnectedOnceTheBotListens()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(_bot.App.Urls.First() + "/health"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"connected\":true"));
    }
}

using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Missions;

public sealed class VolunteeringTests
{
    private EngineHarness _bot = null!;

    [SetUp]
    public void SetUp() => _bot = new EngineHarness();

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [Test]
    public async Task NewMission_PostsAnnouncementAndAnswersOwnerWithNumber()
    {
        var alice = _bot.Chat.AddUser("alice");

        var reply = await _bot.CommandAsync(alice, "new Refonte du site | Passer sous WordPress | compétences: wordpress, graphisme | échéance: 2026-12-15 | lieu: Lyon | bénévole | porte d'entrée");

        var announcement = _bot.Chat.ChannelPosts("c-missions").Single();
        Assert.Multiple(() =>
        {
            Assert.That(reply.PrivateText, Does.Contain("#1"));
            Assert.That(reply.IsError, Is.False);
            Assert.That(announcement.Text, Does.Contain("Mission #1 · Refonte du site"));
            Assert.That(announcement.Text, Does.Contain("wordpress, graphisme"));
            Assert.That(announcement.Text, Does.Contain("15/12/2026"));
            Assert.That(announcement.Text, Does.Contain("Porte d'entrée"));
            Assert.That(announcement.Text, Does.Contain("@alice"));
            Assert.That(announcement.Message.Buttons.Single().Command, Is.EqualTo("join 1"));
        });
    }

    [Test]
    public async Task ThreadReply_WithVolunteerPhrase_RecordsOneCandidacyReactsAndTellsBoth()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = _bot.Chat.AddUser("bob");
        var root = await _bot.AnnounceAsync(alice, "new Affiche du festival | compétences: graphisme");

        var first = await _bot.ReplyAsync(bob, root, "Je suis partant !");
        await _bot.ReplyAsync(bob, root, "+1");

        Assert.Multiple(() =>
        {
            Assert.That(_bot.Database.Candidacies.Count(), Is.EqualTo(1));
            Assert.That(_bot.Chat.Reactions.Select(r => r.Post.PostId), Is.EqualTo(new[] { first.PostId }));
            Assert.That(_bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1));
            Assert.That(_bot.Chat.DirectsTo(bob)[0].Text, Does.Contain("candidature").And.Contain("#1"));
            Assert.That(_bot.Chat.DirectsTo(alice).Single().Text, Does.Contain("@bob"));
        });
    }

    [Test]
    public async Task ThreadReply_ThatIsAQuestion_IsLeftAlone()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = _bot.Chat.AddUser("bob");
        var root = await _bot.AnnounceAsync(alice, "new Affiche du festival");

        await _bot.ReplyAsync(bob, root, "Dispo quand exactement ?");

        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
        Assert.That(_bot.Chat.DirectsTo(bob), Is.Empty);
    }

    [Test]
    public async Task Join_WhenOwnerVolunteers_IsRefused()
    {
        var alice = _bot.Chat.AddUser("alice");
        await _bot.CommandAsync(alice, "new Affiche du festival");

        var reply = await _bot.CommandAsync(alice, "join 1");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("tu ne peux pas t'y proposer"));
        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
    }

    [Test]
    public async Task BadDate_IsExplainedAndNothingIsStored()
    {
        var alice = _bot.Chat.AddUser("alice");

        var reply = await _bot.CommandAsync(alice, "new Affiche | échéance: demain matin");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("demain matin").And.Contain("2026-12-15"));
        Assert.That(_bot.Database.Missions.Count(), Is.Zero);
        Assert.That(_bot.Chat.Sent, Is.Empty);
    }
}

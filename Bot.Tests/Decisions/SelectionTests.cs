using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Decisions;

public sealed class SelectionTests
{
    private EngineHarness _bot = null!;
    private ChatUser _alice = null!;
    private ChatUser _bob = null!;
    private ChatUser _carol = null!;
    private ChatUser _dan = null!;

    [SetUp]
    public async Task SetUp()
    {
        _bot = new EngineHarness();
        _alice = _bot.Chat.AddUser("alice");
        _bob = _bot.Chat.AddUser("bob");
        _carol = _bot.Chat.AddUser("carol");
        _dan = _bot.Chat.AddUser("dan");
        await _bot.CommandAsync(_alice, "new Affiche du festival | compétences: graphisme | échéance: 2026-12-15");
        await _bot.CommandAsync(_bob, "join 1");
        await _bot.CommandAsync(_carol, "join 1");
        await _bot.CommandAsync(_dan, "join 1");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [Test]
    public async Task Select_WithReason_AnswersEveryCandidatePrivately_AndUpdatesAnnouncementAndThread()
    {
        var reply = await _bot.CommandAsync(_alice, "select 1 @bob raison: disponibilités");

        var announcement = _bot.Chat.ChannelPosts("c-missions")[0];
        Assert.Multiple(() =>
        {
            Assert.That(reply.IsError, Is.False);
            Assert.That(reply.PrivateText, Does.Contain("@bob").And.Contain("2 autres candidat·es"));
            Assert.That(_bot.Chat.DirectsTo(_bob)[^1].Text, Does.Contain("tu es retenu·e").And.Contain("@alice").And.Contain("15/12/2026"));
            Assert.That(_bot.Chat.DirectsTo(_carol)[^1].Text, Does.Contain("n'a pas été retenue").And.Contain("les disponibilités ne correspondaient pas"));
            Assert.That(_bot.Chat.DirectsTo(_dan)[^1].Text, Does.Contain("n'a pas été retenue").And.Contain("les disponibilités"));
            Assert.That(_bot.Chat.Updates.Last().Post.PostId, Is.EqualTo(announcement.Post.PostId));
            Assert.That(_bot.Chat.Updates.Last().Message.Text, Does.Contain("**Statut :** pourvue").And.Contain("**Candidatures :** 3"));
            Assert.That(_bot.Chat.Updates.Last().Message.Buttons, Is.Empty);
            var threadLine = _bot.Chat.ChannelPosts("c-missions").Single(p => p.Message.ThreadRootId == announcement.Post.PostId);
            Assert.That(threadLine.Text, Does.Contain("Mission pourvue").And.Contain("@bob").And.Contain("Merci aux 3 personnes"));
            Assert.That(_bot.Database.Missions.FindById(1).Status, Is.EqualTo(MissionStatus.Filled));
            Assert.That(_bot.Database.Candidacies.FindAll().Select(c => c.AnsweredAt), Has.All.Not.Null);
        });
    }

    [Test]
    public async Task Select_WithoutReason_SendsNothingToTheOthers_AndAsksTheOwnerFirst()
    {
        var before = _bot.Chat.Sent.Count;

        var reply = await _bot.CommandAsync(_alice, "select 1 @bob");

        var question = _bot.Chat.DirectsTo(_alice)[^1];
        Assert.Multiple(() =>
        {
            Assert.That(reply.IsError, Is.False);
            Assert.That(reply.PrivateText, Does.Contain("Rien n'a été envoyé").And.Contain("/mission select 1 @bob raison: profil"));
            Assert.That(question.Text, Does.Contain("@carol, @dan").And.Contain("2. **disponibilités**"));
            Assert.That(question.Message.Buttons.Select(b => b.Command), Does.Contain("select 1 @bob raison: 2"));
            Assert.That(_bot.Chat.Sent.Count, Is.EqualTo(before + 1), "only the question to the owner");
            Assert.That(_bot.Database.Missions.FindById(1).Status, Is.EqualTo(MissionStatus.Open));
            Assert.That(_bot.Database.Candidacies.FindAll().Select(c => c.AnsweredAt), Has.All.Null);
        });
    }

    [Test]
    public async Task OwnerAnswersTheQuestionInADm_TheDecisionIsCompletedWithThatReason()
    {
        await _bot.CommandAsync(_alice, "select 1 @bob");

        await _bot.DirectAsync(_alice, "2");

        Assert.Multiple(() =>
        {
            Assert.That(_bot.Chat.ChannelPosts($"dm-{_alice.Id}")[^1].Text, Does.Contain("C'est fait"));
            Assert.That(_bot.Chat.DirectsTo(_bob)[^1].Text, Does.Contain("tu es retenu·e"));
            Assert.That(_bot.Chat.DirectsTo(_carol)[^1].Text, Does.Contain("les disponibilités ne correspondaient pas"));
            Assert.That(_bot.Database.Missions.FindById(1).Status, Is.EqualTo(MissionStatus.Filled));
        });
    }

    [Test]
    public async Task OwnerClicksAReasonButton_TheDecisionIsCompleted()
    {
        await _bot.CommandAsync(_alice, "select 1 @bob");
        var button = _bot.Chat.DirectsTo(_alice)[^1].Message.Buttons.Single(b => b.Label == "profil");

        var reply = await _bot.Inbox.HandleButtonAsync(new CommandRequest(_alice, $"dm-{_alice.Id}", button.Command), CancellationToken.None);

        Assert.That(reply.PrivateText, Does.Contain("C'est fait"));
        Assert.That(_bot.Chat.DirectsTo(_dan)[^1].Text, Does.Contain("un profil plus proche des besoins"));
    }

    [Test]
    public async Task Select_ByLetter_PicksTheCandidacyInArrivalOrder()
    {
        await _bot.CommandAsync(_alice, "select 1 B raison: profil");

        Assert.That(_bot.Chat.DirectsTo(_carol)[^1].Text, Does.Contain("tu es retenu·e"));
        Assert.That(_bot.Chat.DirectsTo(_bob)[^1].Text, Does.Contain("n'a pas été retenue"));
    }

    [Test]
    public async Task Select_BySomeoneElse_IsRefused_AndNothingIsSent()
    {
        var before = _bot.Chat.Sent.Count;

        var reply = await _bot.CommandAsync(_bob, "select 1 @bob raison: profil");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("Seul·e @alice"));
        Assert.That(_bot.Chat.Sent.Count, Is.EqualTo(before));
        Assert.That(_bot.Database.Missions.FindById(1).Status, Is.EqualTo(MissionStatus.Open));
    }

    [Test]
    public async Task Select_ByACoordinator_IsAllowed_AndTheOwnerIsTold()
    {
        using var bot = new EngineHarness(new Dictionary<string, string?> { ["Missions:Coordinators:0"] = "zoe" });
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var zoe = bot.Chat.AddUser("zoe");
        await bot.CommandAsync(alice, "new Affiche du festival");
        await bot.CommandAsync(bob, "join 1");

        var reply = await bot.CommandAsync(zoe, "select 1 @bob");

        Assert.That(reply.IsError, Is.False);
        Assert.That(bot.Chat.DirectsTo(alice)[^1].Text, Does.Contain("@zoe a décidé").And.Contain("@bob"));
    }

    [Test]
    public async Task Select_SomeoneWhoIsNotACandidate_IsRefusedWithTheCandidatesNamed()
    {
        var before = _bot.Chat.Sent.Count;

        var reply = await _bot.CommandAsync(_alice, "select 1 @zorro raison: profil");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("zorro").And.Contain("@bob, @carol, @dan").And.Contain("Rien n'a été envoyé"));
        Assert.That(_bot.Chat.Sent.Count, Is.EqualTo(before));
    }

    [Test]
    public async Task Select_WithAReasonOutsideTheGrid_ShowsTheGrid_AndNothingIsSent()
    {
        var before = _bot.Chat.Sent.Count;

        var reply = await _bot.CommandAsync(_alice, "select 1 @bob raison: parce que");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("parce que").And.Contain("1. **profil**"));
        Assert.That(_bot.Chat.Sent.Count, Is.EqualTo(before));
    }

    [Test]
    public async Task Select_WithNobodyNamed_ExplainsHow()
    {
        var reply = await _bot.CommandAsync(_alice, "select 1");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("/mission select 1 @bob"));
    }

    [Test]
    public async Task Select_OnADecidedMission_IsRefused()
    {
        await _bot.CommandAsync(_alice, "select 1 @bob raison: profil");

        var reply = await _bot.CommandAsync(_alice, "select 1 @carol raison: profil");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("n'est plus ouverte"));
    }

    [Test]
    public async Task WithdrawnCandidate_GetsNoRefusal_AndIsNotWaitedFor()
    {
        await _bot.CommandAsync(_dan, "leave 1");
        var dansMessages = _bot.Chat.DirectsTo(_dan).Count;

        await _bot.CommandAsync(_alice, "select 1 @bob @carol");

        Assert.That(_bot.Database.Missions.FindById(1).Status, Is.EqualTo(MissionStatus.Filled), "nobody left waiting: no reason needed");
        Assert.That(_bot.Chat.DirectsTo(_dan), Has.Count.EqualTo(dansMessages));
        Assert.That(_bot.Chat.DirectsTo(_carol)[^1].Text, Does.Contain("tu es retenu·e"));
    }

    [Test]
    public async Task AnswersAreSentOnce_EvenWhenSentAgain()
    {
        await _bot.CommandAsync(_alice, "select 1 @bob raison: profil");
        var sent = _bot.Chat.Sent.Count;

        await _bot.Get<MissionBot.Decisions.DecisionService>().SendAnswersAsync(_bot.Database.Missions.FindById(1), CancellationToken.None);

        Assert.That(_bot.Chat.Sent.Count, Is.EqualTo(sent));
    }

    [Test]
    public async Task AnswersInterruptedByACrash_AreSentByTheNextRoundOfDueWork()
    {
        // The decision was recorded, then the bot stopped before sending anything.
        var mission = _bot.Database.Missions.FindById(1);
        var all = _bot.Database.Candidacies.Find(c => c.MissionNumber == 1).ToList();
        mission.Status = MissionStatus.Filled;
        var bob = all.Single(c => c.PersonId == _bob.Id);
        _bot.Get<MissionBot.Storage.DecisionStore>().Record(mission, [bob], all.Where(c => c != bob).ToList(), "la mission est déjà pourvue", _bot.Clock.GetUtcNow().UtcDateTime);

        await _bot.Get<MissionBot.Decisions.DecisionScheduler>().RunDueAsync(CancellationToken.None);

        Assert.That(_bot.Chat.DirectsTo(_bob)[^1].Text, Does.Contain("tu es retenu·e"));
        Assert.That(_bot.Chat.DirectsTo(_carol)[^1].Text, Does.Contain("la mission est déjà pourvue"));
    }
}

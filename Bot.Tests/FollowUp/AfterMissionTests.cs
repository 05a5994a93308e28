using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.FollowUp;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.FollowUp;

public sealed class AfterMissionTests
{
    private static readonly string[] MissionSkills = ["graphisme", "impression"];

    private EngineHarness _bot = null!;
    private ChatUser _alice = null!;
    private ChatUser _bob = null!;
    private ChatUser _carol = null!;

    [SetUp]
    public async Task SetUp()
    {
        _bot = new EngineHarness();
        _alice = _bot.Chat.AddUser("alice");
        _bob = _bot.Chat.AddUser("bob");
        _carol = _bot.Chat.AddUser("carol");
        await _bot.CommandAsync(_alice, "new Affiche du festival | compétences: graphisme, impression | échéance: 2026-12-15");
        await _bot.CommandAsync(_bob, "join 1");
        await _bot.CommandAsync(_carol, "join 1");
        await _bot.CommandAsync(_alice, "select 1 @bob raison: profil");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    private Task<int> RunDueAsync() => _bot.Get<DecisionScheduler>().RunDueAsync(CancellationToken.None);

    private static bool IsFeedbackQuestion(SentMessage m) => m.Text.Contains("est terminée", StringComparison.Ordinal);

    [Test]
    public async Task DueDatePassed_AsksSelectedPeopleAndOwnerOnce_AndRecordsEvidenceOfTheSkills()
    {
        _bot.Clock.AdjustTime(new DateTimeOffset(2026, 12, 15, 20, 0, 0, TimeSpan.Zero));
        await RunDueAsync();
        var onTheDueDay = _bot.Chat.DirectsTo(_bob).Count(IsFeedbackQuestion);

        _bot.Clock.AdjustTime(new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.Zero));
        await RunDueAsync();
        await RunDueAsync();

        var evidence = _bot.Get<MissionBot.Storage.EvidenceRepository>().ForPerson(_bob.Id);
        Assert.Multiple(() =>
        {
            Assert.That(onTheDueDay, Is.Zero);
            Assert.That(_bot.Chat.DirectsTo(_bob).Count(IsFeedbackQuestion), Is.EqualTo(1));
            Assert.That(_bot.Chat.DirectsTo(_alice).Where(IsFeedbackQuestion).Single().Text, Does.Contain("(avec @bob)").And.Contain("de 1 à 5"));
            Assert.That(_bot.Chat.DirectsTo(_carol).Count(IsFeedbackQuestion), Is.Zero);
            Assert.That(evidence.Single().Skills, Is.EqualTo(MissionSkills));
            Assert.That(_bot.Get<MissionBot.Storage.EvidenceRepository>().ForPerson(_carol.Id), Is.Empty);
            Assert.That(_bot.Database.Missions.FindById(1).CompletedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task FeedbackAnsweredInADm_IsRecorded_AndOtherDmsStillWorkAsCommands()
    {
        await _bot.CommandAsync(_alice, "done 1");

        await _bot.DirectAsync(_bob, "5 Super équipe, merci !");
        await _bot.DirectAsync(_bob, "list");

        var feedback = _bot.Get<MissionBot.Storage.FeedbackRepository>().Find(1, _bob.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(feedback.Rating, Is.EqualTo(5));
            Assert.That(feedback.Comment, Is.EqualTo("Super équipe, merci !"));
            Assert.That(_bot.Chat.ChannelPosts($"dm-{_bob.Id}")[0].Text, Does.Contain("Merci ! Ton avis sur la mission **#1** (5/5)"));
            Assert.That(_bot.Chat.ChannelPosts($"dm-{_bob.Id}")[1].Text, Does.Contain("Aucune mission ouverte"));
        });
    }

    [Test]
    public async Task Done_ByTheOwner_AsksFeedback_AndSecondTimeChangesNothing()
    {
        var first = await _bot.CommandAsync(_alice, "done 1");
        var second = await _bot.CommandAsync(_alice, "terminer 1");

        Assert.That(first.PrivateText, Does.Contain("est réalisée").And.Contain("à 2 personnes"));
        Assert.That(second.IsError, Is.True);
        Assert.That(second.PrivateText, Does.Contain("déjà notée comme réalisée"));
        Assert.That(_bot.Chat.DirectsTo(_bob).Count(IsFeedbackQuestion), Is.EqualTo(1));
    }

    [Test]
    public async Task Close_OnAFilledMission_MarksItDone()
    {
        var reply = await _bot.CommandAsync(_alice, "close 1");

        Assert.That(reply.PrivateText, Does.Contain("est réalisée"));
        Assert.That(_bot.Chat.DirectsTo(_bob).Count(IsFeedbackQuestion), Is.EqualTo(1));
    }

    [Test]
    public async Task Done_BySomeoneElse_OrOnAnOpenMission_IsRefused()
    {
        await _bot.CommandAsync(_alice, "new Site web");

        var notOwner = await _bot.CommandAsync(_bob, "done 1");
        var open = await _bot.CommandAsync(_alice, "done 2");

        Assert.That(notOwner.IsError, Is.True);
        Assert.That(notOwner.PrivateText, Does.Contain("Seul·e @alice"));
        Assert.That(open.IsError, Is.True);
        Assert.That(open.PrivateText, Does.Contain("/mission select 2 @bob"));
    }

    [Test]
    public async Task FeedbackCommand_RecordsForAskedPeople_AndRefusesOthersAndBadRatings()
    {
        await _bot.CommandAsync(_alice, "done 1");

        var bob = await _bot.CommandAsync(_bob, "avis 1 4/5 Très bonne équipe");
        var carol = await _bot.CommandAsync(_carol, "avis 1 5 Dommage");
        var bad = await _bot.CommandAsync(_bob, "avis 1 9 Trop bien");

        Assert.Multiple(() =>
        {
            Assert.That(bob.PrivateText, Does.Contain("(4/5)"));
            Assert.That(_bot.Get<MissionBot.Storage.FeedbackRepository>().Find(1, _bob.Id)!.Comment, Is.EqualTo("Très bonne équipe"));
            Assert.That(carol.IsError, Is.True);
            Assert.That(carol.PrivateText, Does.Contain("Je ne t'ai pas demandé d'avis"));
            Assert.That(bad.IsError, Is.True);
            Assert.That(bad.PrivateText, Does.Contain("de 1 à 5"));
        });
    }
}

using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Decisions;

public sealed class ClosingTests
{
    private EngineHarness _bot = null!;
    private ChatUser _alice = null!;
    private ChatUser _bob = null!;
    private ChatUser _carol = null!;

    [SetUp]
    public void SetUp()
    {
        _bot = new EngineHarness();
        _alice = _bot.Chat.AddUser("alice");
        _bob = _bot.Chat.AddUser("bob");
        _carol = _bot.Chat.AddUser("carol");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [Test]
    public async Task Close_WhileCandidatesWait_IsNotDone_UntilTheOwnerConfirmsTheDefaultReason()
    {
        await _bot.CommandAsync(_alice, "new Affiche du festival");
        await _bot.CommandAsync(_bob, "join 1");
        await _bot.CommandAsync(_carol, "join 1");

        var asked = await _bot.CommandAsync(_alice, "close 1");
        var stillOpen = _bot.Database.Missions.FindById(1).Status;
        var nothingToCandidates = _bot.Chat.DirectsTo(_bob).Count;
        var confirmed = await _bot.CommandAsync(_alice, "close 1 confirmer");

        Assert.Multiple(() =>
        {
            Assert.That(asked.PrivateText, Does.Contain("2 candidatures attendent").And.Contain("/mission close 1 confirmer"));
            Assert.That(_bot.Chat.DirectsTo(_alice).Select(m => m.Text), Has.Some.Contains("Personne ne doit rester sans réponse"));
            Assert.That(stillOpen, Is.EqualTo(MissionStatus.Open));
            Assert.That(nothingToCandidates, Is.Zero, "nothing sent to candidates before the confirmation");
            Assert.That(confirmed.PrivateText, Does.Contain("est close"));
            Assert.That(_bot.Chat.DirectsTo(_bob)[^1].Text, Does.Contain("est close").And.Contain("la mission a été close sans sélection"));
            Assert.That(_bot.Chat.DirectsTo(_carol)[^1].Text, Does.Contain("la mission a été close sans sélection"));
            Assert.That(_bot.Database.Missions.FindById(1).Status, Is.EqualTo(MissionStatus.Closed));
            Assert.That(_bot.Chat.Updates.Last().Message.Text, Does.Contain("**Statut :** close"));
        });
    }

    [Test]
    public async Task Close_ConfirmedByTheButtonOfTheQuestion_AnswersEveryone()
    {
        await _bot.CommandAsync(_alice, "new Affiche du festival");
        await _bot.CommandAsync(_bob, "join 1");
        await _bot.CommandAsync(_alice, "close 1");
        var confirm = _bot.Chat.DirectsTo(_alice)[^1].Message.Buttons[0];

        await _bot.Inbox.HandleButtonAsync(new CommandRequest(_alice, $"dm-{_alice.Id}", confirm.Command), CancellationToken.None);

        Assert.That(confirm.Label, Is.EqualTo("Confirmer"));
        Assert.That(_bot.Chat.DirectsTo(_bob)[^1].Text, Does.Contain("close sans sélection"));
    }

    [Test]
    public async Task Close_WithAReason_AnswersEveryoneWithIt()
    {
        await _bot.CommandAsync(_alice, "new Affiche du festival");
        await _bot.CommandAsync(_bob, "join 1");

        var reply = await _bot.CommandAsync(_alice, "close 1 pourvue");

        Assert.That(reply.IsError, Is.False);
        Assert.That(_bot.Chat.DirectsTo(_bob)[^1].Text, Does.Contain("la mission est déjà pourvue"));
    }

    [Test]
    public async Task Close_WithoutCandidates_ClosesAtOnce()
    {
        await _bot.CommandAsync(_alice, "new Affiche du festival");

        var reply = await _bot.CommandAsync(_alice, "close 1");

        Assert.That(reply.PrivateText, Does.Contain("est close"));
        Assert.That(_bot.Database.Missions.FindById(1).Status, Is.EqualTo(MissionStatus.Closed));
        Assert.That(_bot.Chat.ChannelPosts("c-missions")[^1].Text, Does.Contain("Mission close sans sélection."));
    }

    [Test]
    public async Task Cancel_Confirmed_TellsEachCandidateTheMissionIsCancelled()
    {
        await _bot.CommandAsync(_alice, "new Affiche du festival");
        await _bot.CommandAsync(_bob, "join 1");

        await _bot.CommandAsync(_alice, "annuler 1 oui");

        Assert.That(_bot.Database.Missions.FindById(1).Status, Is.EqualTo(MissionStatus.Cancelled));
        Assert.That(_bot.Chat.DirectsTo(_bob)[^1].Text, Does.Contain("est annulée"));
        Assert.That(_bot.Chat.Updates.Last().Message.Text, Does.Contain("**Statut :** annulée"));
    }

    [Test]
    public async Task Join_AfterTheMissionIsDecided_IsRefused()
    {
        await _bot.CommandAsync(_alice, "new Affiche du festival");
        await _bot.CommandAsync(_alice, "cancel 1");

        var reply = await _bot.CommandAsync(_bob, "join 1");

        Assert.That(reply.IsError, Is.True);
        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
    }

    [Test]
    public async Task English_SelectionAnswersAreInEnglish()
    {
        using var bot = new EngineHarness(new Dictionary<string, string?> { ["Language"] = "en" });
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var carol = bot.Chat.AddUser("carol");
        await bot.CommandAsync(alice, "new Festival poster");
        await bot.CommandAsync(bob, "join 1");
        await bot.CommandAsync(carol, "join 1");

        var reply = await bot.CommandAsync(alice, "select 1 @bob reason: availability");

        Assert.That(reply.PrivateText, Does.Contain("Done:"));
        Assert.That(bot.Chat.DirectsTo(carol)[^1].Text, Does.Contain("was not selected: the availability did not match"));
    }
}

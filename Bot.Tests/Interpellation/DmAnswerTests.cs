using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;
using MissionBot.Texts;

namespace MissionBot.Tests.Interpellation;

public sealed class DmAnswerTests
{
    private EngineHarness _bot = null!;
    private MissionBot.Chat.ChatUser _alice = null!;
    private MissionBot.Chat.ChatUser _bob = null!;

    [SetUp]
    public async Task SetUp()
    {
        _bot = new EngineHarness();
        _alice = _bot.Chat.AddUser("alice");
        _bob = await _bot.MemberAsync("bob", "wordpress");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    private async Task<int> PingedMissionAsync(string title = "Refonte du site")
    {
        var number = await _bot.MissionAsync(_alice, $"{title} | compétences: wordpress");
        await _bot.CommandAsync(_alice, $"ping {number}");
        return number;
    }

    [Test]
    public async Task Oui_MakesACandidacyFromThePing_WithTheThreadReplyAcknowledgement()
    {
        var number = await PingedMissionAsync();

        await _bot.DirectAsync(_bob, "Oui !");

        var candidacy = _bot.Database.Candidacies.FindAll().Single();
        var mission = _bot.Database.Missions.FindById(number);
        Assert.Multiple(() =>
        {
            Assert.That(candidacy.PersonId, Is.EqualTo(_bob.Id));
            Assert.That(candidacy.Source, Is.EqualTo(CandidacySource.Ping));
            Assert.That(_bot.LastReply(_bob), Is.EqualTo(_bot.Get<BotTexts>().VolunteerAcknowledged(mission)));
            Assert.That(_bot.DirectTexts(_alice)[^1], Does.Contain("@bob (suite à une sollicitation)"));
        });
    }

    [Test]
    public async Task Non_ClosesTheQuestion_AndBobIsNotAskedAgainForThatMission()
    {
        var number = await PingedMissionAsync();

        await _bot.DirectAsync(_bob, "non merci");
        await _bot.CommandAsync(_alice, $"ping {number}");
        await _bot.DirectAsync(_bob, "oui");

        Assert.That(_bot.Replies(_bob)[0], Does.Contain("merci d'avoir répondu"));
        Assert.That(_bot.DirectTexts(_bob), Has.Count.EqualTo(1));
        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero, "a later 'oui' is no longer an answer: no question is open");
    }

    [Test]
    public async Task PasMaintenant_PausesFourteenDays()
    {
        await PingedMissionAsync();

        await _bot.DirectAsync(_bob, "pas maintenant");
        var next = await _bot.MissionAsync(_alice, "Blog | compétences: wordpress");
        var summary = await _bot.CommandAsync(_alice, $"ping {next}");

        Assert.That(_bot.LastReply(_bob), Does.Contain("pas avant le 07/12/2026"));
        Assert.That(summary.PrivateText, Does.Contain("@bob : en pause jusqu'au 07/12/2026"));
        Assert.That(_bot.DirectTexts(_bob), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Stop_OptsOut_ButBobCanStillVolunteer()
    {
        var number = await PingedMissionAsync();

        await _bot.DirectAsync(_bob, "stop");
        var next = await _bot.MissionAsync(_alice, "Blog | compétences: wordpress");
        var summary = await _bot.CommandAsync(_alice, $"ping {next}");
        var join = await _bot.CommandAsync(_bob, $"join {number}");

        Assert.That(_bot.LastReply(_bob), Does.Contain("plus jamais"));
        Assert.That(summary.PrivateText, Does.Contain("@bob : ne souhaite plus être sollicité·e"));
        Assert.That(join.IsError, Is.False);
    }

    [Test]
    public async Task TwoOpenQuestions_OuiAlone_AsksWhichOne_OuiWithNumber_Answers()
    {
        var first = await PingedMissionAsync("Site");
        var second = await PingedMissionAsync("Blog");

        await _bot.DirectAsync(_bob, "oui");
        var asked = _bot.LastReply(_bob);
        await _bot.DirectAsync(_bob, $"oui pour la {second}");

        Assert.Multiple(() =>
        {
            Assert.That(asked, Does.Contain("plusieurs questions").And.Contain($"#{first}").And.Contain($"#{second}").And.Contain($"oui {first}"));
            Assert.That(_bot.Database.Candidacies.FindAll().Select(c => c.MissionNumber), Is.EqualTo(new[] { second }));
        });

        await _bot.DirectAsync(_bob, "non");

        Assert.That(_bot.LastReply(_bob), Does.Contain($"**#{first}**"), "one question left: a plain 'non' is enough");
    }

    [Test]
    public async Task Answer_ForAMissionIWasNotAskedAbout_ListsMyQuestions()
    {
        var number = await PingedMissionAsync();

        await _bot.DirectAsync(_bob, "oui 42");

        Assert.That(_bot.LastReply(_bob), Does.Contain("rien demandé pour la mission **#42**").And.Contain($"#{number}"));
        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
    }

    [TestCase("hmm ça dépend ?")]
    [TestCase("???")]
    [TestCase("@carol")]
    public async Task Answer_NotUnderstood_GetsAFriendlyReminder(string text)
    {
        var number = await PingedMissionAsync();

        await _bot.DirectAsync(_bob, text);

        Assert.That(_bot.LastReply(_bob), Does.Contain($"#{number}").And.Contain("oui"));
        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
    }

    [Test]
    public async Task CommandInADm_WithAQuestionOpen_IsStillACommand()
    {
        await PingedMissionAsync();

        await _bot.DirectAsync(_bob, "list");

        Assert.That(_bot.LastReply(_bob), Does.Contain("Missions ouvertes"));
    }

    [Test]
    public async Task Questions_SurviveARestart()
    {
        await PingedMissionAsync();

        _bot.Restart();
        await _bot.DirectAsync(_bob, "oui");

        Assert.That(_bot.Database.Candidacies.FindAll().Single().Source, Is.EqualTo(CandidacySource.Ping));
    }

    [Test]
    public async Task Questions_ExpireWithTheirMission()
    {
        var number = await PingedMissionAsync();
        var mission = _bot.Database.Missions.FindById(number);
        mission.Status = MissionStatus.Filled;
        _bot.Database.Missions.Update(mission);

        await _bot.DirectAsync(_bob, "oui");

        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
        Assert.That(_bot.LastReply(_bob), Does.Contain("Je ne connais pas la commande"), "with no question open, 'oui' is read as a command");
        Assert.That(_bot.Get<QuestionRepository>().OpenFor(_bob.Id), Is.Empty);
    }

    [Test]
    public async Task Questions_ExpireWhenTheDueDatePassed()
    {
        var number = await _bot.MissionAsync(_alice, "Site | compétences: wordpress | échéance: 2026-11-30");
        await _bot.CommandAsync(_alice, $"ping {number}");
        _bot.Clock.Advance(TimeSpan.FromDays(8));

        await _bot.DirectAsync(_bob, "oui");

        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
    }
}

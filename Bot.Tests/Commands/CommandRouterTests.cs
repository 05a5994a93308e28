using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Commands;

public sealed class CommandRouterTests
{
    private EngineHarness _bot = null!;

    [SetUp]
    public void SetUp() => _bot = new EngineHarness();

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [TestCase("")]
    [TestCase("help")]
    [TestCase("AIDE")]
    public async Task Help_ListsEverySubcommandInFrench(string text)
    {
        var alice = _bot.Chat.AddUser("alice");

        var reply = await _bot.CommandAsync(alice, text);

        Assert.That(reply.PrivateText, Does.Contain("/mission list").And.Contain("/mission join 12").And.Contain("/mission new").And.Contain("cette aide"));
    }

    [Test]
    public async Task UnknownSubcommand_IsExplainedWithTheWayToHelp()
    {
        var alice = _bot.Chat.AddUser("alice");

        var reply = await _bot.CommandAsync(alice, "rejoins 12");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("« rejoins »").And.Contain("/mission help"));
    }

    [Test]
    public async Task UnknownSubcommand_WithAMassMention_IsEchoedHarmlessly()
    {
        var alice = _bot.Chat.AddUser("alice");

        var reply = await _bot.CommandAsync(alice, "@channel hello");

        Assert.That(reply.PrivateText.IndexOf("@channel", StringComparison.Ordinal), Is.EqualTo(-1), "the mass mention must be broken");
        Assert.That(reply.PrivateText, Does.Contain("@\u200Bchannel"));
    }

    [Test]
    public async Task UnknownMissionNumber_IsExplainedAndNothingChanges()
    {
        var bob = _bot.Chat.AddUser("bob");

        var reply = await _bot.CommandAsync(bob, "join 42");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("#42").And.Contain("/mission list"));
        Assert.That(_bot.Database.Candidacies.Count(), Is.Zero);
    }

    [Test]
    public async Task TextOverThePlatformLimit_IsRefusedBeforeParsing()
    {
        var alice = _bot.Chat.AddUser("alice");
        _bot.Chat.MaxMessageLength = 100;

        var reply = await _bot.CommandAsync(alice, "new Titre | " + new string('x', 200));

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("100"));
        Assert.That(_bot.Database.Missions.Count(), Is.Zero);
    }

    [Test]
    public async Task English_AnswersInEnglish()
    {
        using var bot = new EngineHarness(new Dictionary<string, string?> { ["Language"] = "en" });
        var alice = bot.Chat.AddUser("alice");

        var reply = await bot.CommandAsync(alice, "show 3");

        Assert.That(reply.PrivateText, Does.Contain("I can't find mission **#3**"));
    }

    [Test]
    public async Task Announcement_WhenItCannotBePosted_LeavesNoMission()
    {
        var alice = _bot.Chat.AddUser("alice");
        _bot.Chat.FailPosts = true;

        var reply = await _bot.CommandAsync(alice, "new Affiche du festival");

        Assert.That(reply.IsError, Is.True);
        Assert.That(_bot.Database.Missions.Count(), Is.Zero);
    }
}

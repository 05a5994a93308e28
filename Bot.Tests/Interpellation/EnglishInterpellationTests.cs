using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Interpellation;

public sealed class EnglishInterpellationTests
{
    private EngineHarness _bot = null!;

    [SetUp]
    public void SetUp() => _bot = new EngineHarness(new Dictionary<string, string?> { ["Language"] = "en" });

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [Test]
    public async Task PingThenYes_SpeaksEnglishAllTheWay()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = await _bot.MemberAsync("bob", "graphic design", place: "Lyon");
        var number = await _bot.MissionAsync(alice, "Poster | skills: graphisme | place: Lyon");

        var summary = await _bot.CommandAsync(alice, $"ping {number}");
        await _bot.DirectAsync(bob, "yes please");

        Assert.Multiple(() =>
        {
            Assert.That(_bot.DirectTexts(bob)[0], Does.Contain("I thought of you because you listed graphisme, and you are in Lyon"));
            Assert.That(summary.PrivateText, Does.Contain("I wrote privately to 1 person").And.Contain("@bob: listed graphisme; local"));
            Assert.That(_bot.LastReply(bob), Does.Contain("Thank you! Your candidacy for mission **#1**"));
        });
    }

    [Test]
    public async Task Me_AndHelp_AreInEnglish()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");

        var me = await _bot.CommandAsync(bob, "me");
        var help = await _bot.CommandAsync(bob, "help");

        Assert.That(me.PrivateText, Does.Contain("**Your profile**").And.Contain("at most twice a week (default)"));
        Assert.That(help.PrivateText, Does.Contain("never get pinged again"));
    }
}

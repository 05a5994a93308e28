using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Interpellation;

public sealed class WhoTests
{
    private EngineHarness _bot = null!;
    private MissionBot.Chat.ChatUser _alice = null!;

    [SetUp]
    public async Task SetUp()
    {
        _bot = new EngineHarness();
        _alice = _bot.Chat.AddUser("alice");
        await _bot.MissionAsync(_alice, "Site | compétences: wordpress");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [Test]
    public async Task Who_ListsPeopleWithTheSkill_NewestActivityFirst_StoppedPeopleMarked()
    {
        await _bot.MemberAsync("bob", "WordPress");
        _bot.Clock.Advance(TimeSpan.FromHours(1));
        var carol = await _bot.MemberAsync("carol", "wp");
        await _bot.CommandAsync(carol, "stop");
        _bot.Clock.Advance(TimeSpan.FromHours(1));
        await _bot.MemberAsync("dan", "cuisine");

        var reply = await _bot.CommandAsync(_alice, "who wordpress");

        var text = reply.PrivateText;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Qui sait faire : WordPress").And.Contain("2 personnes"));
            Assert.That(text, Does.Contain("@carol : déclarée · 🔕 ne souhaite plus être sollicité·e"));
            Assert.That(text.IndexOf("@carol", StringComparison.Ordinal), Is.LessThan(text.IndexOf("@bob", StringComparison.Ordinal)));
            Assert.That(text, Does.Not.Contain("@dan"));
        });
    }

    [TestCase("who wordpress lyon")]
    [TestCase("who wordpress, Lyon")]
    [TestCase("qui WP lyon")]
    public async Task Who_WithAPlace_KeepsPeopleThere(string command)
    {
        await _bot.MemberAsync("bob", "wordpress", place: "Lyon");
        await _bot.MemberAsync("carol", "wordpress", place: "Brest");

        var reply = await _bot.CommandAsync(_alice, command);

        Assert.That(reply.PrivateText, Does.Contain("@bob").And.Not.Contain("@carol"));
        Assert.That(reply.PrivateText, Does.Contain("à Lyon").Or.Contain("à lyon"));
    }

    [Test]
    public async Task Who_MultiWordSkillWithoutPlace_IsOneSkill()
    {
        await _bot.MemberAsync("bob", "design graphique");

        var reply = await _bot.CommandAsync(_alice, "who design graphique");

        Assert.That(reply.PrivateText, Does.Contain("Qui sait faire : graphisme").And.Contain("@bob"));
    }

    [Test]
    public async Task Who_BySomeoneWhoRunsNoMission_IsRefused()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");

        var reply = await _bot.CommandAsync(bob, "who wordpress");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("réservée aux personnes qui portent une mission"));
    }

    [Test]
    public async Task Who_NobodyWithTheSkill_SuggestsCooptation()
    {
        var reply = await _bot.CommandAsync(_alice, "who menuiserie");

        Assert.That(reply.PrivateText, Does.Contain("Personne n'a encore indiqué « menuiserie »").And.Contain("coopt"));
    }

    [Test]
    public async Task Who_WithoutASkill_AsksWhichOne()
    {
        var reply = await _bot.CommandAsync(_alice, "who");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("Quelle compétence"));
    }
}

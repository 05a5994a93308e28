using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.People;

public sealed class SkillsAndPreferencesTests
{
    private EngineHarness _bot = null!;

    [SetUp]
    public void SetUp() => _bot = new EngineHarness();

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [Test]
    public async Task Skills_AddShowRemove_UnderstandsSynonyms()
    {
        var bob = _bot.Chat.AddUser("bob");

        var added = await _bot.CommandAsync(bob, "skills add WordPress, design graphique, Permaculture urbaine");
        var again = await _bot.CommandAsync(bob, "compétences ajouter graphic design");
        var removed = await _bot.CommandAsync(bob, "skills remove Graphisme");
        var shown = await _bot.CommandAsync(bob, "skills");

        Assert.Multiple(() =>
        {
            Assert.That(added.PrivateText, Does.Contain("WordPress, graphisme et Permaculture urbaine"));
            Assert.That(again.PrivateText, Does.Contain("déjà"));
            Assert.That(removed.PrivateText, Does.Contain("C'est retiré : graphisme"));
            Assert.That(shown.PrivateText, Does.Contain("Tes compétences : WordPress et Permaculture urbaine"));
            Assert.That(shown.PrivateText, Does.Not.Contain("graphisme"));
        });
    }

    [Test]
    public async Task Skills_None_SaysHowToAddSome()
    {
        var bob = _bot.Chat.AddUser("bob");

        var reply = await _bot.CommandAsync(bob, "skills");

        Assert.That(reply.PrivateText, Does.Contain("skills add"));
    }

    [TestCase("skills wordpress", "Je ne sais pas faire « wordpress »")]
    [TestCase("skills add", "Dis-moi quelles compétences")]
    [TestCase("skills add une phrase beaucoup trop longue pour être une compétence et qui continue encore", "trop long")]
    public async Task Skills_BadInput_IsExplainedAndChangesNothing(string command, string explanation)
    {
        var bob = _bot.Chat.AddUser("bob");

        var reply = await _bot.CommandAsync(bob, command);

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain(explanation));
        Assert.That(_bot.Database.Raw.GetCollection("profiles").Count(), Is.Zero);
    }

    [Test]
    public async Task Skills_RemoveOneIDoNotHave_SaysSo()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");

        var reply = await _bot.CommandAsync(bob, "skills remove cuisine");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("Je ne trouve pas cuisine").And.Contain("WordPress"));
    }

    [Test]
    public async Task Pause_ThenResume_ShowsInMe()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");

        var paused = await _bot.CommandAsync(bob, "pause 2w");
        var mePaused = await _bot.CommandAsync(bob, "me");
        await _bot.CommandAsync(bob, "resume");
        var meResumed = await _bot.CommandAsync(bob, "me");

        Assert.Multiple(() =>
        {
            Assert.That(paused.PrivateText, Does.Contain("07/12/2026"));
            Assert.That(mePaused.PrivateText, Does.Contain("en pause jusqu'au 07/12/2026"));
            Assert.That(meResumed.PrivateText, Does.Not.Contain("en pause"));
        });
    }

    [Test]
    public async Task Pause_WithNonsense_IsRefused()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");

        var reply = await _bot.CommandAsync(bob, "pause un bon moment");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("« un bon moment »").And.Contain("pause 14j"));
        Assert.That((await _bot.CommandAsync(bob, "me")).PrivateText, Does.Not.Contain("en pause"));
    }

    [Test]
    public async Task Limit_IsShownInMe_DefaultIsTwo()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");

        var before = await _bot.CommandAsync(bob, "me");
        var set = await _bot.CommandAsync(bob, "limit 1");
        var after = await _bot.CommandAsync(bob, "me");

        Assert.Multiple(() =>
        {
            Assert.That(before.PrivateText, Does.Contain("au plus 2 fois par semaine (par défaut)"));
            Assert.That(set.PrivateText, Does.Contain("au plus 1 fois par semaine"));
            Assert.That(after.PrivateText, Does.Contain("au plus 1 fois par semaine").And.Not.Contain("par défaut"));
        });
    }

    [TestCase("limit")]
    [TestCase("limit beaucoup")]
    [TestCase("limit 99")]
    public async Task Limit_NotANumberInRange_IsRefused(string command)
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");

        var reply = await _bot.CommandAsync(bob, command);

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("limit 1"));
    }

    [Test]
    public async Task Stop_IsShownInMe_AndResumeUndoesIt()
    {
        var bob = await _bot.MemberAsync("bob", "wordpress");

        var stopped = await _bot.CommandAsync(bob, "stop");
        var me = await _bot.CommandAsync(bob, "me");
        await _bot.CommandAsync(bob, "reprendre");

        Assert.That(stopped.PrivateText, Does.Contain("plus jamais").And.Contain("te proposer"));
        Assert.That(me.PrivateText, Does.Contain("tu ne veux plus être sollicité·e"));
        Assert.That((await _bot.CommandAsync(bob, "me")).PrivateText, Does.Not.Contain("tu ne veux plus"));
    }

    [Test]
    public async Task Place_SetShowClear()
    {
        var bob = _bot.Chat.AddUser("bob");

        var set = await _bot.CommandAsync(bob, "lieu Saint-Étienne");
        var shown = await _bot.CommandAsync(bob, "place");
        var cleared = await _bot.CommandAsync(bob, "place aucun");

        Assert.That(set.PrivateText, Does.Contain("Saint-Étienne"));
        Assert.That(shown.PrivateText, Does.Contain("Ton lieu : Saint-Étienne"));
        Assert.That(cleared.PrivateText, Does.Contain("effacé"));
        Assert.That((await _bot.CommandAsync(bob, "me")).PrivateText, Does.Contain("Lieu : non indiqué"));
    }

    [Test]
    public async Task Help_ListsTheNewCommands()
    {
        var bob = _bot.Chat.AddUser("bob");

        var help = await _bot.CommandAsync(bob, "help");

        Assert.That(help.PrivateText, Does.Contain("skills add").And.Contain("ping 12").And.Contain("coopt 12").And.Contain("pause 14j"));
    }
}

using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Conversations;

public sealed class DirectMessagesTests
{
    private EngineHarness _bot = null!;

    [SetUp]
    public void SetUp() => _bot = new EngineHarness();

    [TearDown]
    public void TearDown() => _bot.Dispose();

    [TestCase("list")]
    [TestCase("/mission list")]
    [TestCase("Mission liste")]
    public async Task DirectMessage_IsReadAsACommandAndAnsweredInTheDm(string text)
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = _bot.Chat.AddUser("bob");
        await _bot.CommandAsync(alice, "new Affiche du festival");

        await _bot.DirectAsync(bob, text);

        var answer = _bot.Chat.ChannelPosts($"dm-{bob.Id}").Single();
        Assert.That(answer.Text, Does.Contain("Missions ouvertes").And.Contain("#1"));
    }

    [Test]
    public async Task DirectMessage_Join_VolunteersLikeTheCommand()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = _bot.Chat.AddUser("bob");
        await _bot.CommandAsync(alice, "new Affiche du festival");

        await _bot.DirectAsync(bob, "join 1");

        Assert.That(_bot.Database.Candidacies.Count(), Is.EqualTo(1));
        Assert.That(_bot.Chat.DirectsTo(alice).Single().Text, Does.Contain("@bob"));
    }

    [Test]
    public async Task ThreadReply_WithdrawalPhrase_WithdrawsAndTellsTheOwner()
    {
        var alice = _bot.Chat.AddUser("alice");
        var bob = _bot.Chat.AddUser("bob");
        var root = await _bot.AnnounceAsync(alice, "new Affiche du festival");
        await _bot.ReplyAsync(bob, root, "je me propose");

        await _bot.ReplyAsync(bob, root, "Finalement non, je me retire, désolé");

        Assert.That(_bot.Database.Candidacies.FindAll().Single().Status, Is.EqualTo(MissionBot.Missions.CandidacyStatus.Withdrawn));
        Assert.That(_bot.Chat.DirectsTo(alice)[^1].Text, Does.Contain("a retiré sa candidature"));
        Assert.That(_bot.Chat.Updates.Last().Message.Text, Does.Contain("**Candidatures :** 0"));
    }
}

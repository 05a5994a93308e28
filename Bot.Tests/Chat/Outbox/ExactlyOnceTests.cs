using MissionBot.Chat;
using MissionBot.Chat.Outbox;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Chat.Outbox;

public sealed class ExactlyOnceTests
{
    private static readonly string[] TwoReminders = ["Rappel", "Rappel"];

    [Test]
    public async Task SamePostDeliveredTwice_IsHandledOnce()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var root = await bot.AnnounceAsync(alice, "new Affiche du festival");
        var reply = await bot.ReplyAsync(bob, root, "je me propose");

        await bot.Inbox.HandleMessageAsync(reply, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(bot.Database.Candidacies.Count(), Is.EqualTo(1));
            Assert.That(bot.Chat.Reactions, Has.Count.EqualTo(1));
            Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1));
            Assert.That(bot.Chat.DirectsTo(alice), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task AcknowledgementThatFailed_IsSentOnceByTheRelay_AndNotAgainOnReplay()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var root = await bot.AnnounceAsync(alice, "new Affiche du festival");
        bot.Chat.FailDirects = true;

        IncomingMessage? reply = null;
        Assert.ThrowsAsync<HttpRequestException>(async () => reply = await bot.ReplyAsync(bob, root, "partante !"));
        bot.Chat.FailDirects = false;
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        var replayed = bot.Chat.Reactions.Single().Post;
        await bot.Inbox.HandleMessageAsync(
            new IncomingMessage(replayed.PostId, "c-missions", ChannelKind.Public, root, bob, "partante !", bot.Clock.GetUtcNow()), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(bot.Database.Candidacies.Count(), Is.EqualTo(1));
            Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1), "one acknowledgement");
            Assert.That(bot.Chat.DirectsTo(alice), Has.Count.EqualTo(1), "one owner notice");
            Assert.That(bot.Chat.Reactions, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task PendingMessages_SurviveARestart_AndAreSentOnce()
    {
        string dbPath;
        var bobId = "";
        using (var before = new EngineHarness())
        {
            before.KeepDatabase = true;
            dbPath = before.DatabasePath;
            var alice = before.Chat.AddUser("alice");
            var bob = before.Chat.AddUser("bob");
            bobId = bob.Id;
            var root = await before.AnnounceAsync(alice, "new Affiche du festival");
            before.Chat.FailDirects = true;
            Assert.ThrowsAsync<HttpRequestException>(() => before.ReplyAsync(bob, root, "je suis partant"));
        }

        using var after = new EngineHarness(databasePath: dbPath);
        await after.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        await after.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        var toBob = after.Chat.Sent.Where(m => m.DirectTo == bobId).ToList();
        Assert.That(toBob, Has.Count.EqualTo(1));
        Assert.That(toBob[0].Text, Does.Contain("candidature"));
        Assert.That(after.Database.Candidacies.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReplyReplayedAfterARestart_AtATimeBetweenTwoMilliseconds_TellsTheOwnerOnce()
    {
        string dbPath;
        IncomingMessage reply;
        ChatUser alice;
        using (var before = new EngineHarness())
        {
            before.KeepDatabase = true;
            dbPath = before.DatabasePath;
            alice = before.Chat.AddUser("alice");
            var bob = before.Chat.AddUser("bob");
            var root = await before.AnnounceAsync(alice, "new Affiche du festival");
            // LiteDB keeps dates to the millisecond: a candidacy read back after the restart has lost these ticks.
            before.Clock.Advance(TimeSpan.FromTicks(4321));
            before.Chat.FailDirects = true;
            reply = new IncomingMessage("r-bob", "c-missions", ChannelKind.Public, root, bob, "je suis partant", before.Clock.GetUtcNow());
            Assert.ThrowsAsync<HttpRequestException>(() => before.Inbox.HandleMessageAsync(reply, CancellationToken.None));
        }

        using var after = new EngineHarness(databasePath: dbPath);
        await after.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        await after.Inbox.HandleMessageAsync(reply, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(after.Chat.Sent.Count(m => m.DirectTo == alice.Id), Is.EqualTo(1), "one notice to the owner");
            Assert.That(after.Chat.Sent.Count(m => m.DirectTo == reply.Author.Id), Is.EqualTo(1), "one acknowledgement");
        });
    }

    [Test]
    public async Task MessagesWithoutAKey_ThatFailed_AreEachSentOnceByTheRelay_EvenWithTheSameText()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        var chat = bot.Get<IChatClient>();
        bot.Chat.FailDirects = true;
        // No idempotency key: the outbox makes a new one each time, so two equal texts are two messages.
        Assert.ThrowsAsync<HttpRequestException>(() => chat.SendDirectAsync(bob.Id, new OutgoingMessage("Rappel"), CancellationToken.None));
        Assert.ThrowsAsync<HttpRequestException>(() => chat.SendDirectAsync(bob.Id, new OutgoingMessage("Rappel"), CancellationToken.None));
        bot.Chat.FailDirects = false;

        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(bot.Chat.DirectsTo(bob).Select(m => m.Message.Text), Is.EqualTo(TwoReminders));
    }
}

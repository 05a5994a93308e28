using MissionBot.Chat;
using MissionBot.Chat.Outbox;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Chat.Outbox;

/// <summary>
/// While the server is slow, what queues for one destination is sent with fewer requests: DMs that may share a
/// post go in one, and of a post's queued edits only the newest goes.
/// </summary>
public sealed class OutboxBurstTests
{
    private static readonly string[] JoinedThenAlone = ["n1", "n2\n\nn3\n\nn4", "seul", "n6"];
    private static readonly string[] FirstAndNewestEdit = ["1 candidat", "4 candidats"];

    [Test]
    public async Task DmsQueuedForOnePerson_BehindASlowSend_GoAsOnePost_InOrder_UntilOneThatMayNotJoin()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var chat = bot.Get<IChatClient>();
        var (first, server) = await FirstHeldAsync(bot, alice, "n1", "k1");
        var queued = new[] { Send(chat, alice, "n2", "k2"), Send(chat, alice, "n3", "k3"), Send(chat, alice, "n4", "k4"),
            Send(chat, alice, "seul", "k5", mayJoin: false), Send(chat, alice, "n6", "k6") };
        server.SetResult();
        var posts = await Task.WhenAll(queued.Prepend(first));
        var relayed = await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(bot.Chat.DirectsTo(alice).Select(m => m.Message.Text), Is.EqualTo(JoinedThenAlone));
            Assert.That(posts[2], Is.EqualTo(posts[1]), "n3 was posted with n2");
            Assert.That(posts[3], Is.EqualTo(posts[1]), "n4 was posted with n2");
            Assert.That(posts[4], Is.Not.EqualTo(posts[1]));
            Assert.That(relayed, Is.Zero, "nothing left to send again");
        });
    }

    [Test]
    public async Task JoinedPost_WhoseSendFailed_IsSentOnceLater_AndNoneOfItsPartsAlone()
    {
        using var bot = new EngineHarness { KeepDatabase = true };
        var alice = bot.Chat.AddUser("alice");
        var queued = await JoinBehindASlowSendAsync(bot, alice, failTheJoinedPost: true);

        Assert.ThrowsAsync<HttpRequestException>(() => queued[0]);
        Assert.ThrowsAsync<InvalidOperationException>(() => queued[1], "n3 went with n2, which failed");
        bot.Restart();
        bot.Chat.FailDirectsTo.Clear();
        bot.Chat.HoldDirectsTo.Clear();
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(bot.Chat.DirectsTo(alice).Select(m => m.Message.Text), Is.EqualTo(new[] { "n1", "n2\n\nn3" }));
    }

    [TestCase("k2", "n3", TestName = "Erasing the leader: the notice it carried goes on its own")]
    [TestCase("k3", "n2", TestName = "Erasing a joined notice: the leader's post goes without it")]
    public async Task JoinedPost_WhoseSendFailed_ThenAnErasure_SendsWhatIsLeft_AndNothingOfTheErased(string erased, string left)
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var queued = await JoinBehindASlowSendAsync(bot, alice, failTheJoinedPost: true);
        Assert.ThrowsAsync<HttpRequestException>(() => queued[0]);
        bot.Chat.FailDirectsTo.Clear();

        bot.Get<OutboxRepository>().EraseFor(e => e.Key == erased, _ => false);
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(bot.Chat.DirectsTo(alice).Select(m => m.Message.Text), Is.EqualTo(new[] { "n1", left }));
    }

    [Test]
    public async Task Crash_RightAfterTheJoinIsWritten_TheJoinedPostGoesOnce_AndNoneOfItsPartsAlone()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var crashed = TestDatabases.NewPath("missionbot-crash");
        // The files as a kill would leave them when the joined post is about to reach the server: every commit is
        // in the operating system at once.
        var calls = 0;
        bot.Chat.OnDirect = _ =>
        {
            if (Interlocked.Increment(ref calls) == 2)
            {
                CopyDatabase(bot.DatabasePath, crashed);
            }
        };
        await Task.WhenAll(await JoinBehindASlowSendAsync(bot, alice, failTheJoinedPost: false));

        using var restarted = new EngineHarness(databasePath: crashed);
        var aliceAgain = restarted.Chat.AddUser("alice");
        await restarted.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        await restarted.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(restarted.Chat.DirectsTo(aliceAgain).Select(m => m.Message.Text).Where(t => t != "n1"), Is.EqualTo(new[] { "n2\n\nn3" }),
            "n1 may go again under its key, which the server recognises");
    }

    [Test]
    public async Task ADmRecordedBeforeARestart_NeverCarriesNewOnes_TheServerMayHaveItAlready()
    {
        var path = TestDatabases.NewPath("missionbot-replay");
        var killed = path + ".kill.db";
        using (var before = new EngineHarness(databasePath: path))
        {
            var alice = before.Chat.AddUser("alice");
            // When the bot was killed, a reached the server, or not; b waited behind it: both recorded, never marked.
            _ = await FirstHeldAsync(before, alice, "a", "ka");
            _ = Send(before.Get<IChatClient>(), alice, "b", "kb");
            CopyDatabase(path, killed);
        }
        using var bot = new EngineHarness(databasePath: killed);
        var aliceAgain = bot.Chat.AddUser("alice");
        var chat = bot.Get<IChatClient>();
        // The replies handled again after the restart send their notices again, and new ones queue behind them.
        var (first, server) = await FirstHeldAsync(bot, aliceAgain, "a", "ka");
        var queued = new[] { Send(chat, aliceAgain, "b", "kb"), Send(chat, aliceAgain, "n2", "k2"), Send(chat, aliceAgain, "n3", "k3") };

        server.SetResult();
        await Task.WhenAll(queued.Prepend(first));

        Assert.That(bot.Chat.DirectsTo(aliceAgain).Select(m => m.Message.Text), Is.EqualTo(new[] { "a", "b", "n2\n\nn3" }));
    }

    [Test]
    public async Task JoinedDms_StayWithinThePlatformsLength()
    {
        using var bot = new EngineHarness();
        bot.Chat.MaxMessageLength = 25;
        var alice = bot.Chat.AddUser("alice");
        var chat = bot.Get<IChatClient>();
        var (first, server) = await FirstHeldAsync(bot, alice, "premier", "k0");
        var queued = Enumerable.Range(1, 4).Select(i => Send(chat, alice, $"notice-{i}-xx", $"k{i}")).ToList();

        server.SetResult();
        await Task.WhenAll(queued.Prepend(first));

        Assert.That(bot.Chat.DirectsTo(alice).Select(m => m.Message.Text),
            Is.EqualTo(new[] { "premier", "notice-1-xx\n\nnotice-2-xx", "notice-3-xx\n\nnotice-4-xx" }));
    }

    [Test]
    public async Task EditsOfOnePost_QueuedBehindASlowEdit_OnlyTheNewestFollows()
    {
        using var bot = new EngineHarness();
        var chat = bot.Get<IChatClient>();
        var announcement = new PostRef("c-missions", "announcement-1");
        var server = new TaskCompletionSource();
        bot.Chat.HoldUpdates = server.Task;
        var first = chat.UpdatePostAsync(announcement, new OutgoingMessage("1 candidat"), CancellationToken.None);
        await Eventually.TrueAsync(() => bot.Chat.Held == 1);
        var queued = new[] { "2 candidats", "3 candidats", "4 candidats" }
            .Select(text => chat.UpdatePostAsync(announcement, new OutgoingMessage(text), CancellationToken.None)).ToList();

        server.SetResult();
        await Task.WhenAll(queued.Prepend(first));
        var relayed = await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(bot.Chat.Updates.Select(u => u.Message.Text), Is.EqualTo(FirstAndNewestEdit));
            Assert.That(relayed, Is.Zero, "the skipped edits are not sent later either");
        });
    }

    /// <summary>
    /// Sends <paramref name="text"/> to <paramref name="to"/> and returns once the server holds it (slow), with the
    /// send and what lets the server answer.
    /// </summary>
    private static async Task<(Task<PostRef> Send, TaskCompletionSource Server)> FirstHeldAsync(EngineHarness bot, ChatUser to, string text, string key)
    {
        var server = new TaskCompletionSource();
        bot.Chat.HoldDirectsTo[to.Id] = server.Task;
        var send = Send(bot.Get<IChatClient>(), to, text, key);
        await Eventually.TrueAsync(() => bot.Chat.Held == 1);
        return (send, server);
    }

    /// <summary>The database files as a kill leaves them: every commit is in the operating system at once.</summary>
    private static void CopyDatabase(string from, string to)
    {
        File.Copy(from, to);
        File.Copy(BotDatabase.LogFilePath(from), BotDatabase.LogFilePath(to));
    }

    /// <summary>
    /// n1 to <paramref name="to"/> held by a slow server while n2 and n3 queue (n2 then carries n3); then the server
    /// takes n1, and, when <paramref name="failTheJoinedPost"/>, refuses the next DM. Returns n2's and n3's sends.
    /// </summary>
    private static async Task<Task<PostRef>[]> JoinBehindASlowSendAsync(EngineHarness bot, ChatUser to, bool failTheJoinedPost)
    {
        var chat = bot.Get<IChatClient>();
        var (first, server) = await FirstHeldAsync(bot, to, "n1", "k1");
        var queued = new[] { Send(chat, to, "n2", "k2"), Send(chat, to, "n3", "k3") };
        if (failTheJoinedPost)
        {
            var onDirect = bot.Chat.OnDirect;
            var calls = 0;
            bot.Chat.OnDirect = userId =>
            {
                onDirect?.Invoke(userId);
                if (++calls == 1)
                {
                    bot.Chat.FailDirectsTo[to.Id] = 0;
                }
            };
        }
        server.SetResult();
        await first;
        return queued;
    }

    private static Task<PostRef> Send(IChatClient chat, ChatUser to, string text, string key, bool mayJoin = true) =>
        chat.SendDirectAsync(to.Id, new OutgoingMessage(text) { IdempotencyKey = key, MayJoinOthers = mayJoin }, CancellationToken.None);
}

using MissionBot.Chat;
using MissionBot.Chat.Outbox;
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
        var server = new TaskCompletionSource();
        bot.Chat.HoldDirectsTo[alice.Id] = server.Task;

        var first = Send(chat, alice, "n1", "k1");
        await WaitUntilAsync(() => bot.Chat.Held == 1);
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
    public async Task JoinedPost_WhoseSendFailed_IsSentOnceAfterARestart_AndNoneOfItsPartsAlone()
    {
        using var bot = new EngineHarness { KeepDatabase = true };
        var alice = bot.Chat.AddUser("alice");
        var chat = bot.Get<IChatClient>();
        var server = new TaskCompletionSource();
        bot.Chat.HoldDirectsTo[alice.Id] = server.Task;
        var first = Send(chat, alice, "n1", "k1");
        await WaitUntilAsync(() => bot.Chat.Held == 1);
        var queued = new[] { Send(chat, alice, "n2", "k2"), Send(chat, alice, "n3", "k3") };
        var calls = 0;
        // The server takes the first DM, then goes down.
        bot.Chat.OnDirect = _ =>
        {
            if (++calls == 1)
            {
                bot.Chat.FailDirectsTo[alice.Id] = 0;
            }
        };

        server.SetResult();
        await first;
        Assert.ThrowsAsync<HttpRequestException>(() => queued[0]);
        Assert.ThrowsAsync<InvalidOperationException>(() => queued[1], "n3 went with n2, which failed");
        bot.Restart();
        bot.Chat.FailDirectsTo.Clear();
        bot.Chat.HoldDirectsTo.Clear();
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(bot.Chat.DirectsTo(alice).Select(m => m.Message.Text), Is.EqualTo(new[] { "n1", "n2\n\nn3" }));
    }

    [Test]
    public async Task JoinedDms_StayWithinThePlatformsLength()
    {
        using var bot = new EngineHarness();
        bot.Chat.MaxMessageLength = 25;
        var alice = bot.Chat.AddUser("alice");
        var chat = bot.Get<IChatClient>();
        var server = new TaskCompletionSource();
        bot.Chat.HoldDirectsTo[alice.Id] = server.Task;
        var first = Send(chat, alice, "premier", "k0");
        await WaitUntilAsync(() => bot.Chat.Held == 1);
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
        await WaitUntilAsync(() => bot.Chat.Held == 1);
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

    private static Task<PostRef> Send(IChatClient chat, ChatUser to, string text, string key, bool mayJoin = true) =>
        chat.SendDirectAsync(to.Id, new OutgoingMessage(text) { IdempotencyKey = key, MayJoinOthers = mayJoin }, CancellationToken.None);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("timed out");
            }
            await Task.Delay(5);
        }
    }
}

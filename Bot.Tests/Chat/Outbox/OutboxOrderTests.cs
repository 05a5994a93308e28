using MissionBot.Chat;
using MissionBot.Chat.Outbox;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Chat.Outbox;

/// <summary>Messages to one person or channel leave in the order they were recorded, relay or not.</summary>
public sealed class OutboxOrderTests
{
    private static readonly string[] FirstThenSecond = ["premier", "second"];
    private static readonly string[] BobInOrder = ["b1", "b2"];
    private static readonly string[] CarolInOrder = ["c1", "c2"];
    private static readonly string[] OnlyTheReply = ["reply-1"];
    private static readonly string[] OneCandidate = ["1 candidat"];
    private static readonly string[] TheAnnouncement = ["annonce"];
    private static readonly string[] NewestEdit = ["3 candidats"];

    [Test]
    public async Task MessageAfterAFailedOne_ToTheSamePerson_WaitsAndLeavesSecond()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        var chat = bot.Get<IChatClient>();
        bot.Chat.FailDirects = true;
        Assert.ThrowsAsync<HttpRequestException>(() => chat.SendDirectAsync(bob.Id, new OutgoingMessage("premier") { IdempotencyKey = "k1" }, CancellationToken.None));
        bot.Chat.FailDirects = false;

        await chat.SendDirectAsync(bob.Id, new OutgoingMessage("second") { IdempotencyKey = "k2" }, CancellationToken.None);
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(bot.Chat.DirectsTo(bob).Select(m => m.Message.Text), Is.EqualTo(FirstThenSecond));
    }

    [Test]
    public async Task MessageAfterAFailedOne_WhileTheServerStillFails_StaysRecorded_AndBothLeaveInOrderLater()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        var chat = bot.Get<IChatClient>();
        bot.Chat.FailDirects = true;
        Assert.ThrowsAsync<HttpRequestException>(() => chat.SendDirectAsync(bob.Id, new OutgoingMessage("premier") { IdempotencyKey = "k1" }, CancellationToken.None));
        Assert.ThrowsAsync<HttpRequestException>(() => chat.SendDirectAsync(bob.Id, new OutgoingMessage("second") { IdempotencyKey = "k2" }, CancellationToken.None));
        bot.Chat.FailDirects = false;

        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(bot.Chat.DirectsTo(bob).Select(m => m.Message.Text), Is.EqualTo(FirstThenSecond));
    }

    [Test]
    public async Task RelayRound_BlockedForOnePerson_StillDeliversToTheOthers_InOrder()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        var carol = bot.Chat.AddUser("carol");
        var chat = bot.Get<IChatClient>();
        bot.Chat.FailDirects = true;
        foreach (var (user, text, key) in new[] { (bob, "b1", "kb1"), (carol, "c1", "kc1"), (bob, "b2", "kb2"), (carol, "c2", "kc2") })
        {
            Assert.ThrowsAsync<HttpRequestException>(() => chat.SendDirectAsync(user.Id, new OutgoingMessage(text) { IdempotencyKey = key }, CancellationToken.None));
        }
        bot.Chat.FailDirects = false;
        bot.Chat.FailDirectsTo[bob.Id] = 0;

        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        var carolFirst = bot.Chat.DirectsTo(carol).Select(m => m.Message.Text).ToList();
        bot.Chat.FailDirectsTo.Clear();
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(carolFirst, Is.EqualTo(CarolInOrder), "carol is not held up by bob's failures");
            Assert.That(bot.Chat.DirectsTo(bob).Select(m => m.Message.Text), Is.EqualTo(BobInOrder));
        });
    }

    [Test]
    public async Task ReactionAndEdit_InAChannelWhosePostFailed_LeaveAtOnce_ThePostFollowsLater()
    {
        using var bot = new EngineHarness();
        var chat = bot.Get<IChatClient>();
        var reply = new PostRef("c-missions", "reply-1");
        var announcement = new PostRef("c-missions", "announcement-1");
        bot.Chat.FailPosts = true;
        Assert.ThrowsAsync<HttpRequestException>(() => chat.PostAsync("c-missions", new OutgoingMessage("annonce") { IdempotencyKey = "post-1" }, CancellationToken.None));
        bot.Chat.FailPosts = false;

        await chat.AddReactionAsync(reply, "white_check_mark", CancellationToken.None);
        await chat.UpdatePostAsync(announcement, new OutgoingMessage("1 candidat"), CancellationToken.None);
        var postedBeforeRelay = bot.Chat.ChannelPosts("c-missions").Count;
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(bot.Chat.Reactions.Select(r => r.Post.PostId), Is.EqualTo(OnlyTheReply), "the ✅ does not wait for the channel's failed post");
            Assert.That(bot.Chat.Updates.Select(u => u.Message.Text), Is.EqualTo(OneCandidate));
            Assert.That(postedBeforeRelay, Is.Zero);
            Assert.That(bot.Chat.ChannelPosts("c-missions").Select(p => p.Message.Text), Is.EqualTo(TheAnnouncement), "the failed post still goes, once");
        });
    }

    [Test]
    public async Task EditsOfOnePost_QueuedBehindAFailure_OnlyTheNewestIsSent()
    {
        using var bot = new EngineHarness();
        var chat = bot.Get<IChatClient>();
        var announcement = new PostRef("c-missions", "announcement-1");
        bot.Chat.FailUpdates = true;
        Assert.ThrowsAsync<HttpRequestException>(() => chat.UpdatePostAsync(announcement, new OutgoingMessage("1 candidat"), CancellationToken.None));
        Assert.ThrowsAsync<HttpRequestException>(() => chat.UpdatePostAsync(announcement, new OutgoingMessage("2 candidats"), CancellationToken.None));
        bot.Chat.FailUpdates = false;

        await chat.UpdatePostAsync(announcement, new OutgoingMessage("3 candidats"), CancellationToken.None);
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.That(bot.Chat.Updates.Select(u => u.Message.Text), Is.EqualTo(NewestEdit));
    }

    [Test]
    public async Task EverySentText_HasChannelWideMentionsNeutralised_AndFitsThePlatform()
    {
        using var bot = new EngineHarness();
        bot.Chat.MaxMessageLength = 100;
        var bob = bot.Chat.AddUser("bob");
        var chat = bot.Get<IChatClient>();

        await chat.SendDirectAsync(bob.Id, new OutgoingMessage("Coucou @channel et @here, @ALL " + new string('x', 500)), CancellationToken.None);

        var text = bot.Chat.DirectsTo(bob).Single().Message.Text;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Match(@"@(channel|here|all)\b").IgnoreCase);
            Assert.That(text.Length, Is.LessThanOrEqualTo(100));
            Assert.That(text, Does.EndWith("…"));
        });
    }
}

using MissionBot.Chat;
using MissionBot.Chat.Outbox;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>Old delivery records go, recent ones and messages still to send stay.</summary>
public sealed class DeliveryRecordsHousekeepingTests
{
    [Test]
    public async Task RecordsOlderThanTheRetention_AreRemoved_PendingMessagesAndRecentRecordsStay()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var carol = bot.Chat.AddUser("carol");
        var dan = bot.Chat.AddUser("dan");
        var number = await bot.MissionAsync(alice, "Atelier vélo");
        var announcement = bot.Database.Missions.FindById(number).AnnouncementPostId;
        var oldReply = await bot.ReplyAsync(bob, announcement, "je suis partant");
        bot.Chat.FailDirectsTo[dan.Id] = 0;
        Assert.CatchAsync<HttpRequestException>(() => bot.Get<IChatClient>().SendDirectAsync(dan.Id, new OutgoingMessage("en attente") { IdempotencyKey = "still-pending" }, CancellationToken.None));
        bot.Get<OutboxRepository>().SaveMarks();
        bot.Clock.Advance(TimeSpan.FromDays(31));
        var recentReply = await bot.ReplyAsync(carol, announcement, "je suis partante");
        bot.Get<OutboxRepository>().SaveMarks();
        var outboxBefore = bot.Database.Outbox.Count();

        var (outbox, posts) = bot.Get<DeliveryRecordsHousekeeping>().RunOnce();

        var processed = bot.Get<ProcessedMessageRepository>();
        Assert.Multiple(() =>
        {
            Assert.That(posts, Is.EqualTo(1), "bob's reply, handled 31 days ago");
            Assert.That(processed.WasProcessed(oldReply.PostId), Is.False);
            Assert.That(processed.WasProcessed(recentReply.PostId), Is.True);
            Assert.That(outbox, Is.GreaterThan(0));
            Assert.That(bot.Database.Outbox.Count(), Is.EqualTo(outboxBefore - outbox));
            Assert.That(bot.Get<OutboxRepository>().Find("still-pending")?.State, Is.EqualTo(OutboxState.Pending), "a message still to send is never removed");
            Assert.That(bot.Database.Outbox.FindAll().Where(e => e.State != OutboxState.Pending).Min(e => e.CreatedAt),
                Is.GreaterThanOrEqualTo(bot.Clock.GetUtcNow().UtcDateTime.AddDays(-30)));
        });
    }
}

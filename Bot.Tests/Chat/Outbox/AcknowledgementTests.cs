using MissionBot.Chat;
using MissionBot.Chat.Outbox;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Chat.Outbox;

/// <summary>A volunteer's ✅ and acknowledgement DM: recorded together, then each sent on its own.</summary>
public sealed class AcknowledgementTests
{
    [Test]
    public async Task VolunteerDm_IsRecordedBeforeTheReactionGoes_SoACrashMeanwhileCannotLoseIt()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var root = await bot.AnnounceAsync(alice, "new Affiche du festival");
        bool? dmRecordedWhenReacting = null;
        bot.Chat.OnReaction = post => dmRecordedWhenReacting = bot.Database.Outbox.FindById($"ack:{post.PostId}") is not null;

        await bot.ReplyAsync(bob, root, "je me propose");

        Assert.Multiple(() =>
        {
            Assert.That(dmRecordedWhenReacting, Is.True);
            Assert.That(bot.Chat.Reactions, Has.Count.EqualTo(1));
            Assert.That(bot.Chat.DirectsTo(bob).Single().Message.Text, Does.Contain("candidature"));
        });
    }

    [Test]
    public async Task ReactionRefused_StillSendsTheDm_AndTheRelaySendsTheReactionLater()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        var chat = bot.Get<IChatClient>();
        bot.Chat.FailReactions = true;

        Assert.ThrowsAsync<HttpRequestException>(() => chat.ReactAndSendDirectAsync(
            new PostRef("c-missions", "reply-1"), "white_check_mark", bob.Id, new OutgoingMessage("Merci !") { IdempotencyKey = "ack:reply-1" }, CancellationToken.None));
        var dmBeforeTheRelay = bot.Chat.DirectsTo(bob).Count;
        bot.Chat.FailReactions = false;
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(dmBeforeTheRelay, Is.EqualTo(1));
            Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1), "the DM is not sent again");
            Assert.That(bot.Chat.Reactions.Single().Post.PostId, Is.EqualTo("reply-1"));
        });
    }

    [Test]
    public async Task SameAcknowledgementTwice_SendsEachPartOnce()
    {
        using var bot = new EngineHarness();
        var bob = bot.Chat.AddUser("bob");
        var chat = bot.Get<IChatClient>();
        var reply = new PostRef("c-missions", "reply-1");
        await chat.AddReactionAsync(reply, "white_check_mark", CancellationToken.None);

        for (var i = 0; i < 2; i++)
        {
            await chat.ReactAndSendDirectAsync(reply, "white_check_mark", bob.Id, new OutgoingMessage("Merci !") { IdempotencyKey = "ack:reply-1" }, CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(bot.Chat.Reactions, Has.Count.EqualTo(1), "already sent before: not again");
            Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1));
        });
    }
}

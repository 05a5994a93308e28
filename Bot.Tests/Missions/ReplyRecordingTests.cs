using System.Text.RegularExpressions;
using MissionBot.Chat;
using MissionBot.Chat.Outbox;
using MissionBot.Missions;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Missions;

/// <summary>
/// A volunteer reply is recorded in two writes: the candidacy with the ✅ and the DM, then the owner's notice with the
/// announcement edit and the reply marked handled. Each is kept whole or not at all.
/// </summary>
public sealed partial class ReplyRecordingTests
{
    [Test]
    public async Task CandidacyWhoseRecordingFails_LeavesNothingBehind_AndTheNextReplyIsCountedOnce()
    {
        using var bot = new EngineHarness();
        var (alice, bob, root) = await bot.AliceAnnouncesAMissionAsync();
        var chat = bot.Get<IChatClient>();

        // The write fails (a full disk) after the candidacy and the acknowledgement were recorded in it.
        Assert.ThrowsAsync<IOException>(() => bot.Get<MissionService>().JoinAsync(
            1, bob, CandidacySource.Thread, "r-bob", CancellationToken.None,
            acknowledge: joined =>
            {
                _ = chat.ReactAndSendDirectAsync(
                    new PostRef("c-missions", "r-bob"), "white_check_mark", bob.Id, new OutgoingMessage("Merci !") { IdempotencyKey = "ack:r-bob" }, CancellationToken.None);
                throw new IOException("disque plein");
            }));
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        var sentAfterFailure = bot.Chat.Reactions.Count + bot.Chat.DirectsTo(bob).Count + bot.Chat.DirectsTo(alice).Count + bot.Chat.Updates.Count;
        var keptAfterFailure = bot.Database.Candidacies.Count();

        await bot.ReplyAsync(bob, root, "je me propose");

        Assert.Multiple(() =>
        {
            Assert.That(sentAfterFailure, Is.Zero, "nothing of the failed attempt went out, then or by the relay");
            Assert.That(keptAfterFailure, Is.Zero);
            Assert.That(bot.Database.Candidacies.Count(), Is.EqualTo(1));
            Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1));
            Assert.That(bot.Chat.DirectsTo(alice).Single().Text, Does.Contain("1 candidature en tout"));
            Assert.That(bot.Chat.Updates.Last(u => u.Post.PostId == root).Message.Text, Does.Contain("Candidatures :** 1"));
        });
    }

    [Test]
    public async Task OwnersNoticeWhoseRecordingFails_IsSentOnceTheReplyIsHandledAgain_WithTheRightCount()
    {
        using var bot = new EngineHarness();
        var (alice, bob, root) = await bot.AliceAnnouncesAMissionAsync();
        var reply = new IncomingMessage("r-bob", "c-missions", ChannelKind.Public, root, bob, "je me propose", bot.Clock.GetUtcNow());
        var chat = bot.Get<IChatClient>();

        // The second write fails (a full disk) after the notice and the edit were recorded in it.
        Assert.ThrowsAsync<IOException>(() => bot.Get<MissionService>().JoinAsync(
            1, bob, CandidacySource.Thread, reply.PostId, CancellationToken.None,
            acknowledge: _ => chat.ReactAndSendDirectAsync(
                reply.Ref, "white_check_mark", bob.Id, new OutgoingMessage("Merci !") { IdempotencyKey = $"ack:{reply.PostId}" }, CancellationToken.None),
            alsoRecord: () => throw new IOException("disque plein")));
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        var ownerToldAfterFailure = bot.Chat.DirectsTo(alice).Count;
        var volunteerToldAfterFailure = bot.Chat.DirectsTo(bob).Count;

        await bot.Inbox.HandleMessageAsync(reply, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(volunteerToldAfterFailure, Is.EqualTo(1), "the acknowledgement was kept, and went");
            Assert.That(ownerToldAfterFailure, Is.Zero, "the notice was not kept");
            Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1), "not acknowledged twice");
            Assert.That(bot.Chat.DirectsTo(alice).Single().Text, Does.Contain("1 candidature en tout"));
            Assert.That(bot.Chat.Updates.Last(u => u.Post.PostId == root).Message.Text, Does.Contain("Candidatures :** 1"));
        });
    }

    [Test]
    public async Task WithdrawalWhoseRecordingFails_LeavesTheCandidacy_TellsNobody_AndTheReplyHandledAgainWithdrawsOnce()
    {
        using var bot = new EngineHarness();
        var (alice, bob, root) = await bot.AliceAnnouncesAMissionAsync();
        await bot.ReplyAsync(bob, root, "je me propose");
        var dmsToAlice = bot.Chat.DirectsTo(alice).Count;
        var dmsToBob = bot.Chat.DirectsTo(bob).Count;
        var chat = bot.Get<IChatClient>();

        // The write fails (a full disk) after the withdrawal, the owner's notice and bob's answer were recorded in it.
        Assert.ThrowsAsync<IOException>(() => bot.Get<MissionService>().LeaveAsync(
            1, bob, CancellationToken.None,
            acknowledge: _ => chat.SendDirectAsync(bob.Id, new OutgoingMessage("Retrait noté") { IdempotencyKey = "withdrawn:r-bob" }, CancellationToken.None),
            alsoRecord: () => throw new IOException("disque plein")));
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        var toldAfterFailure = bot.Chat.DirectsTo(alice).Count - dmsToAlice + bot.Chat.DirectsTo(bob).Count - dmsToBob;
        var candidatesAfterFailure = bot.Get<MissionBot.Storage.CandidacyRepository>().CountActive(1);

        await bot.ReplyAsync(bob, root, "je me retire");

        Assert.Multiple(() =>
        {
            Assert.That(toldAfterFailure, Is.Zero, "nothing of the failed withdrawal went out, then or by the relay");
            Assert.That(candidatesAfterFailure, Is.EqualTo(1), "bob is still a candidate, and counted");
            Assert.That(bot.Chat.DirectsTo(alice).Skip(dmsToAlice).Single().Text, Does.Contain("0 candidature restante"));
            Assert.That(bot.Chat.DirectsTo(bob).Skip(dmsToBob).Single().Text, Does.Contain("retirée"));
            Assert.That(bot.Chat.Updates.Last(u => u.Post.PostId == root).Message.Text, Does.Contain("Candidatures :** 0"));
        });
    }

    [Test]
    public async Task RepliesWithdrawalsAndCommandsAtOnce_AllGoThrough_AndTheOwnersNoticesNeverCountBackwards()
    {
        // Not disposed if something never finished: disposing waits for the database, which a stuck write holds.
        var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var festival = await bot.AnnounceAsync(alice, "new Affiche du festival");
        var compta = await bot.AnnounceAsync(alice, "new Atelier compta");
        bot.Chat.YieldOnDirect = true;
        var volunteers = Enumerable.Range(1, 24).Select(i => bot.Chat.AddUser($"benevole{i}")).ToList();

        var everyone = Task.WhenAll(volunteers.SelectMany((person, i) => new[]
        {
            Task.Run(async () =>
            {
                // Withdrawals refresh the announcement outside any transaction, while others record theirs inside.
                for (var round = 0; round < 5; round++)
                {
                    await bot.ReplyAsync(person, festival, "je me propose");
                    if (round < 4 || i % 2 == 0)
                    {
                        await bot.ReplyAsync(person, festival, "je me retire");
                    }
                }
            }),
            Task.Run(() => bot.CommandAsync(person, "join 2")),
            Task.Run(() => bot.ReplyAsync(person, compta, "partant !")),
        }));
        await everyone.WaitAsync(TimeSpan.FromSeconds(60));

        // Notices that queued behind one another arrive joined, one paragraph each.
        var comptaCounts = bot.Chat.DirectsTo(alice).SelectMany(m => m.Text.Split("\n\n"))
            .Where(n => n.Contains("**#2**", StringComparison.Ordinal) && n.Contains("Nouvelle candidature", StringComparison.Ordinal))
            .Select(n => int.Parse(CandidatureCount().Match(n).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Multiple(() =>
        {
            // Counted when each notice is written: two volunteers recorded at once may both read 2, never 2 then 1.
            Assert.That(comptaCounts, Has.Count.EqualTo(24), "one notice per volunteer");
            Assert.That(comptaCounts, Is.Ordered, "counts never go back");
            Assert.That(comptaCounts[^1], Is.EqualTo(24));
            Assert.That(bot.Chat.Updates.Last(u => u.Post.PostId == festival).Message.Text, Does.Contain("Candidatures :** 12"));
            Assert.That(bot.Chat.Updates.Last(u => u.Post.PostId == compta).Message.Text, Does.Contain("Candidatures :** 24"));
            Assert.That(bot.Database.Candidacies.Count(), Is.EqualTo(48));
        });
        bot.Dispose();
    }

    [GeneratedRegex(@"(\d+) candidatures? en tout")]
    private static partial Regex CandidatureCount();
}

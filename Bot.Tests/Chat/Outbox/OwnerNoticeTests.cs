using Microsoft.Extensions.DependencyInjection;
using MissionBot.Chat.Outbox;
using MissionBot.Missions;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Chat.Outbox;

/// <summary>After a volunteer reply, the owner's notice and the announcement edit: recorded together, then each sent on its own.</summary>
public sealed class OwnerNoticeTests
{
    [Test]
    public async Task OwnersNotice_GoesOnlyOnceTheAnnouncementEditIsRecorded_SoACrashMeanwhileCannotLoseIt()
    {
        using var bot = new EngineHarness();
        var (alice, bob, root) = await bot.AliceAnnouncesAMissionAsync();
        var editsBefore = EditsRecorded(bot, root);
        bool? editRecordedWhenTelling = null;
        bot.Chat.OnDirect = userId =>
        {
            if (userId == alice.Id)
            {
                editRecordedWhenTelling ??= EditsRecorded(bot, root) > editsBefore;
            }
        };

        await bot.ReplyAsync(bob, root, "je me propose");

        Assert.Multiple(() =>
        {
            Assert.That(editRecordedWhenTelling, Is.True);
            Assert.That(bot.Chat.DirectsTo(alice).Single().Message.Text, Does.Contain("@bob"));
            Assert.That(bot.Chat.Updates.Single(u => u.Post.PostId == root).Message.Text, Does.Contain("Candidatures :** 1"));
        });
    }

    [Test]
    public async Task OwnersNoticeRefused_TheAnnouncementStillCounts_AndTheRelaySendsTheNoticeLater()
    {
        using var bot = new EngineHarness();
        var (alice, bob, root) = await bot.AliceAnnouncesAMissionAsync();
        var dmsBefore = bot.Chat.DirectsTo(alice).Count;
        bot.Chat.FailDirectsTo[alice.Id] = 0;

        await bot.ReplyAsync(bob, root, "je me propose");
        var dmsWhileRefused = bot.Chat.DirectsTo(alice).Count - dmsBefore;
        bot.Chat.FailDirectsTo.Clear();
        await bot.Get<OutboxRelay>().RunOnceAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(dmsWhileRefused, Is.Zero);
            Assert.That(bot.Chat.Updates.Single(u => u.Post.PostId == root).Message.Text, Does.Contain("Candidatures :** 1"));
            Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1), "bob's acknowledgement went");
            Assert.That(bot.Chat.DirectsTo(alice).Skip(dmsBefore).Single().Message.Text, Does.Contain("@bob"));
        });
    }

    [Test]
    public async Task AnnouncementThatCannotBeRendered_StillLetsTheOwnersNoticeGo()
    {
        var line = new BreakableLine();
        using var bot = new EngineHarness(configure: services => services.AddSingleton<IAnnouncementLine>(line));
        var (alice, bob, root) = await bot.AliceAnnouncesAMissionAsync();
        var dmsBefore = bot.Chat.DirectsTo(alice).Count;
        line.Broken = true;

        await bot.ReplyAsync(bob, root, "je me propose");

        Assert.Multiple(() =>
        {
            Assert.That(bot.Chat.DirectsTo(alice).Skip(dmsBefore).Single().Message.Text, Does.Contain("@bob"));
            Assert.That(bot.Chat.DirectsTo(bob), Has.Count.EqualTo(1), "bob's acknowledgement went");
            Assert.That(bot.Chat.Updates.Where(u => u.Post.PostId == root), Is.Empty);
        });
    }

    [Test]
    public async Task BurstOfVolunteers_WhileTheServerIsSlow_TheOwnerHearsOfEachOnce_InOneMessageForThoseWhoQueued()
    {
        using var bot = new EngineHarness();
        var (alice, _, root) = await bot.AliceAnnouncesAMissionAsync();
        var volunteers = Enumerable.Range(1, 5).Select(i => bot.Chat.AddUser($"benevole{i}")).ToList();
        var dmsBefore = bot.Chat.DirectsTo(alice).Count;
        var server = new TaskCompletionSource();
        bot.Chat.HoldDirectsTo[alice.Id] = server.Task;
        var outbox = bot.Get<OutboxChatClient>();

        var first = bot.ReplyAsync(volunteers[0], root, "je me propose");
        await Eventually.TrueAsync(() => bot.Chat.Held == 1);
        var others = volunteers.Skip(1).Select(v => bot.ReplyAsync(v, root, "partant·e !")).ToList();
        await Eventually.TrueAsync(() => outbox.WaitingKeys.Count(k => k.StartsWith("owner-join:", StringComparison.Ordinal)) == 4);
        server.SetResult();
        await Task.WhenAll(others.Prepend(first));

        var notices = bot.Chat.DirectsTo(alice).Skip(dmsBefore).Select(m => m.Message.Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(notices, Has.Count.EqualTo(2), "the first notice, then the four that queued behind it");
            foreach (var volunteer in volunteers)
            {
                Assert.That(notices.Sum(n => Occurrences(n, $"@{volunteer.Username} ")), Is.EqualTo(1), volunteer.Username);
            }
            Assert.That(bot.Chat.Updates.Last(u => u.Post.PostId == root).Message.Text, Does.Contain("Candidatures :** 5"));
            Assert.That(volunteers.All(v => bot.Chat.DirectsTo(v).Count == 1), "every volunteer was acknowledged");
        });
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private sealed class BreakableLine : IAnnouncementLine
    {
        public bool Broken { get; set; }

        public string? LineFor(Mission mission) => Broken ? throw new InvalidOperationException("line broken") : null;
    }

    private static int EditsRecorded(EngineHarness bot, string announcement) =>
        bot.Database.Outbox.Find(e => e.Kind == OutboxKind.Update && e.PostId == announcement).Count();
}

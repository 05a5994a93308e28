using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;
using MissionBot.Tests.Fakes.Mattermost;
using MissionBot.Texts;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// The real program as a child process: killed with SIGKILL in the middle of a burst and started again on the
/// same database, or stopped with SIGTERM. Nothing is lost, nothing is sent twice, the database stays sound.
/// </summary>
[Platform(Exclude = "Win", Reason = "Signals and file modes are Unix things")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RestartTests
{
    private static readonly TimeSpan CleanStop = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AllHandled = TimeSpan.FromSeconds(60);

    private FakeMattermostServer _server = null!;
    private string _databasePath = null!;
    private FakeUser _alice = null!;
    private FakeUser _carol = null!;

    [SetUp]
    public async Task SetUp()
    {
        _server = await FakeMattermostServer.StartAsync();
        _alice = _server.AddUser("alice");
        _carol = _server.AddUser("carol");
        _databasePath = TestDatabases.NewPath("missionbot-restart");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _server.DisposeAsync();
        TestDatabases.Delete(_databasePath);
    }

    [Test]
    public async Task Killed_InTheMiddleOfABurstOfReplies_AndRestarted_NoCandidacyIsLost_AndNobodyIsToldTwice()
    {
        var volunteers = Enumerable.Range(0, 60).Select(i => _server.AddUser($"v{i:00}")).ToList();
        var missions = new List<FakePost>();
        await using (var first = await BotProcess.StartAsync(_server, _databasePath))
        {
            for (var i = 1; i <= 3; i++)
            {
                missions.Add(await NewMissionAsync(first, $"Mission {i}"));
            }
            foreach (var (volunteer, i) in volunteers.Take(50).Select((v, i) => (v, i)))
            {
                await _server.UserPostsAsync(volunteer, _server.MissionsChannel.Id, "je suis partante !", missions[i % 3].Id);
            }
            await _server.WaitUntilAsync(() => _server.Reactions.Count >= 15, "15 candidacies acknowledged before the kill", AllHandled);
            await first.KillAsync();
        }
        var acknowledgedBeforeRestart = _server.Reactions.Count;
        // Replies keep coming while the bot is down.
        foreach (var (volunteer, i) in volunteers.Skip(50).Select((v, i) => (v, i)))
        {
            await _server.UserPostsAsync(volunteer, _server.MissionsChannel.Id, "Je me propose", missions[i % 3].Id);
        }

        await using (var second = await BotProcess.StartAsync(_server, _databasePath))
        {
            await _server.WaitUntilAsync(() => volunteers.All(v => _server.DirectPostCountsByUser().ContainsKey(v.Id)), "every volunteer to be acknowledged", AllHandled);
            // Volunteers hear back first; the owner's notices follow.
            await _server.WaitUntilAsync(() => _server.NoticesTo(_alice).Count >= 60, "every notice to the owner", AllHandled);
            await WaitForBotToCatchUpAsync();
            var stopped = await second.TerminateAsync(CleanStop);
            Assert.That(stopped, Is.LessThan(CleanStop), "clean stop after the restart");
        }

        var counts = _server.DirectPostCountsByUser();
        var replies = _server.PostsIn(_server.MissionsChannel.Id).Where(p => p.RootId.Length > 0 && p.UserId != _server.Bot.Id).Select(p => p.Id).ToList();
        using var db = new BotDatabase(_databasePath);
        var texts = BotTexts.For("fr");
        Assert.Multiple(() =>
        {
            Assert.That(acknowledgedBeforeRestart, Is.LessThan(50), "the kill came in the middle of the burst");
            Assert.That(db.Candidacies.Count(), Is.EqualTo(60), "no candidacy lost");
            Assert.That(volunteers.Where(v => counts.GetValueOrDefault(v.Id) != 1).Select(v => v.Username), Is.Empty, "one acknowledgement each");
            var notices = _server.NoticesTo(_alice);
            Assert.That(notices, Has.Count.EqualTo(60), "one notice to the owner per candidacy");
            Assert.That(volunteers.Where(v => notices.Naming(v) != 1).Select(v => v.Username), Is.Empty, "each candidacy in exactly one notice");
            Assert.That(_server.Reactions.Select(r => r.PostId), Is.EquivalentTo(replies), "one ✅ per reply");
            foreach (var mission in db.Missions.FindAll())
            {
                var candidates = db.Candidacies.Count(c => c.MissionNumber == mission.Number);
                var repliesInThread = _server.PostsIn(_server.MissionsChannel.Id).Count(p => p.RootId == mission.AnnouncementPostId && p.UserId != _server.Bot.Id);
                Assert.That(candidates, Is.EqualTo(repliesInThread), $"candidates of mission {mission.Number}");
                Assert.That(_server.Posts.Single(p => p.Id == mission.AnnouncementPostId).Message, Is.EqualTo(texts.Announcement(mission, candidates)),
                    $"announcement of mission {mission.Number} counts its candidates");
            }
        });
    }

    [Test]
    public async Task Sigterm_LetsTheReplyBeingHandledFinish_ExitsWithin5SecondsWithCode0_AndTheDatabaseReopens()
    {
        var bob = _server.AddUser("bob");
        await using var bot = await BotProcess.StartAsync(_server, _databasePath);
        var mission = await NewMissionAsync(bot, "Atelier vélo");
        // The announcement refresh, in the middle of handling bob's reply, takes a while: SIGTERM lands then.
        _server.DelayNextRequests("PUT", "/api/v4/posts/", TimeSpan.FromMilliseconds(1500));
        await _server.UserPostsAsync(bob, _server.MissionsChannel.Id, "Je me propose", mission.Id);
        await _server.WaitUntilAsync(() => _server.DirectPostCountsByUser().GetValueOrDefault(_alice.Id) == 1, "the owner notice (the refresh comes next)");

        var stopped = await bot.TerminateAsync(CleanStop);

        Assert.Multiple(() =>
        {
            Assert.That(stopped, Is.LessThan(CleanStop));
            Assert.That(bot.HasExited, Is.True);
            Assert.That(bot.ExitCode, Is.Zero);
            Assert.That(_server.DirectPostCountsByUser().GetValueOrDefault(bob.Id), Is.EqualTo(1), "the reply being handled was finished: bob is acknowledged");
            Assert.That(_server.Reactions, Has.Count.EqualTo(1));
        });
        Assert.That(async () => await BotUnderTest.Http.GetAsync(bot.Url + "/health"), Throws.InstanceOf<HttpRequestException>(), "nothing listens any more");
        using var db = new BotDatabase(_databasePath);
        Assert.Multiple(() =>
        {
            Assert.That(db.Candidacies.Count(), Is.EqualTo(1));
            Assert.That(db.ProcessedMessages.Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Killed_DuringAPingWave_AndRestarted_NobodyIsPingedTwice_AndWeeklyCapsHold()
    {
        var members = Enumerable.Range(0, 30).Select(i => _server.AddUser($"m{i:00}")).ToList();
        await using (var first = await BotProcess.StartAsync(_server, _databasePath))
        {
            foreach (var member in members)
            {
                using var _ = await _server.SendSlashCommandAsync(first.CommandUrl, member, "skills add wordpress");
            }
            for (var i = 1; i <= 3; i++)
            {
                await NewMissionAsync(first, $"Site {i} | compétences: wordpress");
            }
            var wave = _server.SendSlashCommandAsync(first.CommandUrl, _alice, "ping 1 20");
            await _server.WaitUntilAsync(() => PingsFor(1).Count >= 4, "the first pings of the wave", AllHandled);
            await first.KillAsync();
            await Task.WhenAny(wave);
        }
        var pingedBeforeRestart = PingsFor(1).Count;
        TestContext.Out.WriteLine($"Pings delivered before the kill: {pingedBeforeRestart}");

        await using (var second = await BotProcess.StartAsync(_server, _databasePath))
        {
            foreach (var (number, count) in new[] { (1, 20), (2, 20), (3, 20) })
            {
                using var _ = await _server.SendSlashCommandAsync(second.CommandUrl, _alice, $"ping {number} {count}");
            }
            await WaitForBotToCatchUpAsync();
            await second.TerminateAsync(CleanStop);
        }

        using var db = new BotDatabase(_databasePath);
        var recorded = db.Raw.GetCollection<MissionBot.Interpellation.PingRecord>("pings").FindAll().ToList();
        var delivered = Enumerable.Range(1, 3).SelectMany(n => PingsFor(n).Select(p => (Mission: n, p.Member))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(pingedBeforeRestart, Is.LessThan(20), "the kill came in the middle of the wave");
            Assert.That(delivered.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "nobody pinged twice for a mission");
            Assert.That(delivered.GroupBy(d => d.Member).Where(g => g.Count() > 2).Select(g => g.Key), Is.Empty, "nobody pinged more than twice a week");
            Assert.That(recorded.GroupBy(r => r.PersonId).Where(g => g.Count() > 2).Select(g => g.Key), Is.Empty, "the recorded pings respect the cap");
            Assert.That(recorded.Count - delivered.Count, Is.InRange(0, 1), "every recorded ping was delivered, but for at most the one the kill cut off");
            Assert.That(delivered, Has.Count.EqualTo(members.Count * 2).Within(1), "every member used their two pings of the week");
        });
    }

    /// <summary>(member id) of every ping DM about mission <paramref name="number"/> on the fake server.</summary>
    private List<(FakePost Post, string Member)> PingsFor(int number)
    {
        var marker = $"cherche quelqu'un pour la mission **#{number}**";
        var directChannels = _server.Posts.Where(p => p.UserId == _server.Bot.Id && p.Message.Contains(marker, StringComparison.Ordinal)).ToList();
        return [.. directChannels.Select(p => (p, MemberOf(p.ChannelId)))];
    }

    private string MemberOf(string directChannelId) =>
        _server.DirectChannelMember(directChannelId) ?? "";

    private async Task<FakePost> NewMissionAsync(BotProcess bot, string title)
    {
        var before = Announcements().Count;
        using var response = await _server.SendSlashCommandAsync(bot.CommandUrl, _alice, $"new {title} | pour le quartier | lieu: Lyon");
        await _server.WaitUntilAsync(() => Announcements().Count == before + 1, $"the announcement of {title}");
        return Announcements()[^1];
    }

    private List<FakePost> Announcements() =>
        [.. _server.PostsIn(_server.MissionsChannel.Id).Where(p => p.UserId == _server.Bot.Id && p.RootId.Length == 0)];

    /// <summary>Carol's DM, sent last, is answered only once everything before it was handled.</summary>
    private async Task WaitForBotToCatchUpAsync()
    {
        var answered = _server.DirectPostCountsByUser().GetValueOrDefault(_carol.Id);
        await _server.UserSendsDirectAsync(_carol, "aide");
        await _server.WaitUntilAsync(() => _server.DirectPostCountsByUser().GetValueOrDefault(_carol.Id) > answered, "the bot to answer carol's DM");
    }
}

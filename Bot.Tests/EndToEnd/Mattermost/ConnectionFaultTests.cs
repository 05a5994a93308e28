using MissionBot.Chat.Mattermost;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// The websocket is cut (close frame, reset, server restart, silence) while people keep posting: the bot
/// reconnects, resumes or catches up over REST, and handles every post exactly once.
/// </summary>
public sealed class ConnectionFaultTests : MattermostEndToEndTest
{
    private static readonly TimeSpan AllHandled = TimeSpan.FromSeconds(90);

    private static readonly WebSocketCut[] Cuts =
    [
        WebSocketCut.Close, WebSocketCut.Reset, WebSocketCut.Restart, WebSocketCut.Close, WebSocketCut.Reset,
        WebSocketCut.Restart, WebSocketCut.Close, WebSocketCut.Reset, WebSocketCut.Restart, WebSocketCut.Silence,
        WebSocketCut.Close, WebSocketCut.Reset, WebSocketCut.Restart, WebSocketCut.Close, WebSocketCut.Reset,
        WebSocketCut.Restart, WebSocketCut.Close, WebSocketCut.Reset, WebSocketCut.Restart, WebSocketCut.Silence,
    ];

    /// <summary>Small reconnection delays and a short silence timeout keep the test in seconds.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings => FastReconnection;

    internal static Dictionary<string, string?> FastReconnection => new()
    {
        ["Mattermost:ReconnectFirstDelayMilliseconds"] = "20",
        ["Mattermost:ReconnectMaxDelayMilliseconds"] = "200",
        ["Mattermost:WebSocketTimeoutSeconds"] = "2",
    };

    [Test]
    public async Task TwentyCuts_WhileTwoHundredRepliesAndDirectMessagesArePosted_EachIsHandledOnce()
    {
        var missions = new List<FakePost>();
        for (var i = 1; i <= 4; i++)
        {
            missions.Add(await NewMissionAsync(title: $"Mission {i}"));
        }
        var volunteers = Enumerable.Range(0, 150).Select(i => Server.AddUser($"v{i:000}")).ToList();
        var askers = Enumerable.Range(0, 50).Select(i => Server.AddUser($"d{i:00}")).ToList();
        var messages = new List<Func<Task<FakePost>>>();
        messages.AddRange(volunteers.Select((v, i) => (Func<Task<FakePost>>)(() =>
            Server.UserPostsAsync(v, Server.MissionsChannel.Id, i % 2 == 0 ? "Je suis partant !" : "je me propose", missions[i % 4].Id))));
        messages.AddRange(askers.Select((d, i) => (Func<Task<FakePost>>)(() => Server.UserSendsDirectAsync(d, i % 2 == 0 ? "list" : "aide"))));
        // Interleave replies and DMs: 3 replies, 1 DM, ...
        var order = Enumerable.Range(0, 200).OrderBy(i => i < 150 ? i * 4 / 3 : ((i - 150) * 4) + 3).ToList();
        var posted = new List<FakePost>();

        for (var round = 0; round < Cuts.Length; round++)
        {
            await Server.WaitUntilAsync(() => Server.ConnectedWebSockets == 1, $"the bot to be connected before cut {round + 1}");
            foreach (var index in order.Skip(round * 10).Take(5))
            {
                posted.Add(await messages[index]());
            }
            await Server.StartOutageAsync(Cuts[round]);
            foreach (var index in order.Skip((round * 10) + 5).Take(5))
            {
                posted.Add(await messages[index]());
            }
            Server.EndOutage();
        }

        string[] Unanswered()
        {
            var counts = Server.DirectPostCountsByUser();
            return [.. volunteers.Concat(askers).Where(u => !counts.ContainsKey(u.Id)).Select(u => u.Username)];
        }

        try
        {
            await Server.WaitUntilAsync(() => Unanswered().Length == 0, "every volunteer and every asker to get an answer", AllHandled);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Never answered: {string.Join(", ", Unanswered())}");
        }
        await Server.WaitUntilAsync(() => Server.ConnectedWebSockets == 1, "the bot to be connected after the last cut");
        await WaitForBotToCatchUpAsync();

        var handshakes = Server.Requests.Where(r => r.Path == "/api/v4/websocket").ToList();
        var processed = Bot.Get<ProcessedMessageRepository>();
        var replyIds = posted.Where(p => p.RootId.Length > 0).Select(p => p.Id).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(posted, Has.Count.EqualTo(200));
            Assert.That(posted.Select(p => p.Id).Where(id => !processed.WasProcessed(id)), Is.Empty, "every post handled");
            Assert.That(Bot.Candidacies, Has.Count.EqualTo(150));
            var counts = Server.DirectPostCountsByUser();
            Assert.That(volunteers.Where(v => counts.GetValueOrDefault(v.Id) != 1).Select(v => v.Username), Is.Empty, "one acknowledgement each");
            Assert.That(askers.Where(d => counts.GetValueOrDefault(d.Id) != 1).Select(d => d.Username), Is.Empty, "one answer each");
            var notices = Server.NoticesTo(Alice);
            Assert.That(notices, Has.Count.EqualTo(150), "one notice to the owner per candidacy");
            Assert.That(volunteers.Where(v => notices.Naming(v) != 1).Select(v => v.Username), Is.Empty, "each candidacy in exactly one notice");
            Assert.That(Server.Reactions.Where(r => replyIds.Contains(r.PostId)).Select(r => r.PostId), Is.EquivalentTo(replyIds), "one ✅ per reply");
            foreach (var mission in Bot.Missions)
            {
                Assert.That(Current(missions[mission.Number - 1]).Message, Is.EqualTo(Bot.Get<Announcements>().Render(mission).Text), $"announcement of mission {mission.Number}");
            }
            Assert.That(Server.Requests.Count(r => r.Path.EndsWith("/posts", StringComparison.Ordinal) && r.Query.Contains("since=", StringComparison.Ordinal)),
                Is.GreaterThan(0), "missed posts were caught up over REST");
            Assert.That(handshakes.Count(r => r.Status == 101), Is.GreaterThan(Cuts.Length), "a new socket after each cut");
            Assert.That(handshakes.Skip(1).Where(r => !r.Query.Contains("connection_id=", StringComparison.Ordinal)), Is.Empty, "every reconnection asked to resume");
        });
    }

    [Test]
    public async Task ClosedSocket_Resumes_AndTheServerReplaysWhatWasMissed_WithoutRest()
    {
        var announcement = await NewMissionAsync();
        var catchUpsBefore = SinceRequests();

        await Server.StartOutageAsync(WebSocketCut.Close);
        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je me propose", announcement.Id);
        Server.EndOutage();

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's acknowledgement after the resume");
        Assert.Multiple(() =>
        {
            Assert.That(Bot.Candidacies, Has.Count.EqualTo(1));
            Assert.That(SinceRequests(), Is.EqualTo(catchUpsBefore), "the replay was enough");
        });
    }

    [Test]
    public async Task ServerRestart_RepliesAndDirectMessagesPostedWhileAway_AreCaughtUpOverRest_OldestFirst()
    {
        var announcement = await NewMissionAsync();

        await Server.StartOutageAsync(WebSocketCut.Restart);
        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je me propose", announcement.Id);
        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "finalement non, je me retire", announcement.Id);
        await Server.UserSendsDirectAsync(Carol, "list");
        Server.EndOutage();

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 2 && Server.DirectPostsTo(Carol).Count == 1, "the posts made while away to be handled");
        var toBob = Server.DirectPostsTo(Bob);
        Assert.Multiple(() =>
        {
            Assert.That(toBob[0].Message, Does.Contain("candidature"), "joined first");
            Assert.That(toBob[1].Message, Does.Contain("retiré").Or.Contain("retir"), "then withdrew");
            Assert.That(Bot.Candidacies.Single().Status, Is.EqualTo(CandidacyStatus.Withdrawn));
            Assert.That(SinceRequests(), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task SilentSocket_IsReplaced_AndRepliesPostedMeanwhileAreHandled()
    {
        var announcement = await NewMissionAsync();

        Server.SilenceWebSockets();
        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je suis partant !", announcement.Id);

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's acknowledgement once the silence is noticed");
        Assert.That(Server.Requests.Count(r => r is { Path: "/api/v4/websocket", Status: 101 }), Is.EqualTo(2), "one new socket");
    }

    [Test]
    public async Task Outage_ReconnectionsBackOff_AndTheBotComesBackWhenItEnds()
    {
        await Server.StartOutageAsync(WebSocketCut.Reset);
        await Server.WaitUntilAsync(() => RefusedHandshakes() >= 4, "several refused reconnection attempts");
        Assert.That(Bot.Status.IsConnected, Is.False);

        Server.EndOutage();
        await Server.WaitUntilAsync(() => Server.ConnectedWebSockets == 1, "the bot to come back");
        await Bot.WaitUntilConnectedAsync();
        Assert.That(Bot.Status.State, Is.EqualTo("connected"));
    }

    private int SinceRequests() =>
        Server.Requests.Count(r => r.Path.EndsWith("/posts", StringComparison.Ordinal) && r.Query.Contains("since=", StringComparison.Ordinal));

    private int RefusedHandshakes() => Server.Requests.Count(r => r is { Path: "/api/v4/websocket", Status: 503 });
}

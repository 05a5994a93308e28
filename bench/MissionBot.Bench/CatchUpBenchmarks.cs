using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using MissionBot.Hosting;
using MissionBot.LoadDriver;
using MissionBot.Storage;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Bench;

/// <summary>
/// Catching up volunteer replies posted while the bot was stopped, through the real path: the bot host, built as
/// Program.cs builds it, runs in this process against the fake Mattermost server on 127.0.0.1 with its LiteDB file
/// on disk. At start it lists its channels, fetches the missed posts over REST ("since", then paging back past
/// Mattermost's 1000), and handles each one: candidacy written, ✅ and DM to the volunteer, notice to the owner,
/// announcement edit. One operation is start → every reply has its ✅ and the owner every notice → stop.
/// Each run starts from the same state: a new server and database, 20 missions, and the replies of people the
/// bot has never seen, posted after its last stop.
/// </summary>
public class CatchUpBenchmarks : IDisposable
{
    private const int MissionCount = 20;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private HashSet<string> _waitingForCheck = [];
    private int _waitingForNotices;
    private TaskCompletionSource _allHandled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeMattermostServer? _fake;
    private FakeUser? _owner;
    private string _dbPath = "";

    /// <summary>10,000 as the issue asks; the smoke run (CI) catches up 50.</summary>
    public static IEnumerable<int> Sizes => [BenchMode.Smoke ? 50 : 10_000];

    [ParamsSource(nameof(Sizes))]
    public int MissedPosts { get; set; }

    /// <summary>A new server and database, a first start and stop, then the replies posted while away.</summary>
    [IterationSetup]
    public void NewWorldWithMissedReplies() => NewWorldAsync().GetAwaiter().GetResult();

    /// <summary>Start, catch up the missed replies, stop.</summary>
    [Benchmark]
    public async Task StartCatchUpStop()
    {
        await using var bot = BotApplication.Build([], Settings());
        await bot.StartAsync();
        await _allHandled.Task.WaitAsync(Deadline);
        await bot.StopAsync();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        ForgetWorld();
        GC.SuppressFinalize(this);
    }

    private async Task NewWorldAsync()
    {
        ForgetWorld();
        var fake = await FakeMattermostServer.StartAsync();
        _fake = fake;
        fake.ReactionAdded += Reacted;
        fake.PostCreated += Posted;
        _dbPath = Path.Combine(Path.GetTempPath(), $"missionbot-bench-catchup-{Guid.NewGuid():N}.db");
        // The load driver's seeding: the owner and the missions' announcements in the chat, the same in LiteDB.
        var seeds = new Seeder(fake);
        await seeds.SeedChatAsync(people: 0, missions: MissionCount);
        seeds.WriteDatabase(_dbPath, extraPeople: 0);
        _owner = seeds.Owner;
        var announcements = seeds.Missions.Select(m => m.AnnouncementPostId).ToList();
        await FirstStartAsync(fake);
        var waiting = new HashSet<string>();
        for (var i = 0; i < MissedPosts; i++)
        {
            var person = fake.AddUser("absent" + i.ToString(CultureInfo.InvariantCulture));
            var announcement = announcements[i % announcements.Count];
            waiting.Add((await fake.UserPostsAsync(person, fake.MissionsChannel.Id, "je suis partant !", announcement)).Id);
        }
        lock (_gate)
        {
            _waitingForCheck = waiting;
            _waitingForNotices = waiting.Count;
            _allHandled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>
    /// A first start follows every channel from its newest post (history is never replayed); from then on,
    /// whatever is posted while the bot is stopped is caught up at its next start.
    /// </summary>
    private async Task FirstStartAsync(FakeMattermostServer fake)
    {
        await using (var bot = BotApplication.Build([], Settings()))
        {
            await bot.StartAsync();
            var watermarks = bot.Services.GetRequiredService<WatermarkRepository>();
            await fake.WaitUntilAsync(() => watermarks.ListingFloor() is not null, "the bot's first connection to set its watermarks", Deadline);
            await bot.StopAsync();
        }
        await fake.WaitUntilAsync(() => fake.ConnectedWebSockets == 0, "the bot's websocket to close");
    }

    private void ForgetWorld()
    {
        _fake?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _fake = null;
        if (_dbPath.Length > 0)
        {
            File.Delete(_dbPath);
            File.Delete(BotDatabase.LogFilePath(_dbPath));
        }
    }

    private void Reacted(FakeReaction reaction)
    {
        lock (_gate)
        {
            if (reaction.UserId == _fake!.Bot.Id && _waitingForCheck.Remove(reaction.PostId))
            {
                CompleteWhenAllHandled();
            }
        }
    }

    private void Posted(FakePost post, FakeChannel channel)
    {
        // The owner's notices of these volunteers: the bot's posts in its DM channel with the owner ("<id>__<id>"),
        // one paragraph each that names one of them (they are all "absent…"), so that no other message to the owner
        // ends the wait. Notices that queued behind one another arrive joined in one post.
        if (post.UserId != _fake!.Bot.Id || channel.Type != "D" || !channel.Name.Contains(_owner!.Id, StringComparison.Ordinal))
        {
            return;
        }
        var notices = post.Message.Split("\n\n").Count(n => n.Contains("absent", StringComparison.Ordinal));
        lock (_gate)
        {
            _waitingForNotices -= notices;
            CompleteWhenAllHandled();
        }
    }

    private void CompleteWhenAllHandled()
    {
        if (_waitingForCheck.Count == 0 && _waitingForNotices <= 0)
        {
            _allHandled.TrySetResult();
        }
    }

    private Dictionary<string, string?> Settings()
    {
        var url = $"http://127.0.0.1:{FakeMattermostServer.FreeLoopbackPort()}";
        var settings = _fake!.BotSettings(url, _dbPath).ToDictionary(s => s.Key, s => (string?)s.Value);
        // One line per handled reply would be ten thousand lines in the benchmark's output.
        settings["Serilog:MinimumLevel:Default"] = "Warning";
        return settings;
    }
}

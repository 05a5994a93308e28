using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Storage;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Bench;

/// <summary>
/// Catching up volunteer replies posted while the bot was stopped, through the real path: the bot host, built as
/// Program.cs builds it, runs in this process against the fake Mattermost server on 127.0.0.1 with its LiteDB file
/// on disk. At start it lists its channels, fetches the missed posts over REST ("since", then paging back past
/// Mattermost's 1000), and handles each one: candidacy written, ✅, DM to the volunteer, owner's notice,
/// announcement edit. One operation is start → every reply has its ✅ → stop; before each, the replies are posted
/// by people the bot has never seen, so every one of them is really recorded.
/// </summary>
public class CatchUpBenchmarks : IDisposable
{
    private const int MissionCount = 20;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly List<FakePost> _announcements = [];
    private HashSet<string> _waiting = [];
    private TaskCompletionSource _allAcknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeMattermostServer? _fake;
    private string _dbPath = "";
    private int _nextPerson;

    /// <summary>10,000 as the issue asks; the smoke run (CI) catches up 50.</summary>
    public static IEnumerable<int> Sizes => [BenchMode.Smoke ? 50 : 10_000];

    [ParamsSource(nameof(Sizes))]
    public int MissedPosts { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>The replies the next run must catch up, posted while no bot is connected.</summary>
    [IterationSetup]
    public void PostWhileAway() => PostWhileAwayAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Start, catch up the missed replies, stop")]
    public async Task StartAndCatchUp()
    {
        await using var bot = BotApplication.Build([], Settings());
        await bot.StartAsync();
        await _allAcknowledged.Task.WaitAsync(Deadline);
        await bot.StopAsync();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _fake?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _fake = null;
        File.Delete(_dbPath);
        File.Delete(BotDatabase.LogFilePath(_dbPath));
        GC.SuppressFinalize(this);
    }

    private async Task SetupAsync()
    {
        _fake = await FakeMattermostServer.StartAsync();
        _fake.ReactionAdded += Acknowledged;
        var owner = _fake.AddUser("coordinatrice");
        _dbPath = Path.Combine(Path.GetTempPath(), $"missionbot-bench-catchup-{Guid.NewGuid():N}.db");
        using (var db = new BotDatabase(_dbPath))
        {
            var now = DateTime.UtcNow;
            db.People.Insert(new Person { Id = owner.Id, Username = owner.Username, DisplayName = owner.Username, FirstSeenAt = now, LastActiveAt = now });
            for (var i = 1; i <= MissionCount; i++)
            {
                var title = "Mission " + i.ToString(CultureInfo.InvariantCulture);
                var announcement = await _fake.UserPostsAsync(_fake.Bot, _fake.MissionsChannel.Id, "**" + title + "**");
                _announcements.Add(announcement);
                db.Missions.Insert(new Mission
                {
                    Title = title, Description = "Un coup de main pour " + title, Skills = ["cuisine", "accueil"],
                    OwnerId = owner.Id, OwnerUsername = owner.Username, ChannelId = _fake.MissionsChannel.Id,
                    AnnouncementPostId = announcement.Id, CreatedAt = now,
                });
            }
        }
        // A first start follows every channel from its newest post (history is never replayed); from then on,
        // whatever is posted while the bot is stopped is caught up at its next start.
        await using var bot = BotApplication.Build([], Settings());
        await bot.StartAsync();
        var watermarks = bot.Services.GetRequiredService<WatermarkRepository>();
        await _fake.WaitUntilAsync(() => watermarks.ListingFloor() is not null, "the bot's first connection to set its watermarks", Deadline);
        await bot.StopAsync();
    }

    private async Task PostWhileAwayAsync()
    {
        var fake = _fake!;
        await fake.WaitUntilAsync(() => fake.ConnectedWebSockets == 0, "the previous bot's websocket to close");
        var waiting = new HashSet<string>();
        for (var i = 0; i < MissedPosts; i++)
        {
            var person = fake.AddUser("absent" + _nextPerson++.ToString(CultureInfo.InvariantCulture));
            var announcement = _announcements[i % _announcements.Count];
            waiting.Add((await fake.UserPostsAsync(person, fake.MissionsChannel.Id, "je suis partant !", announcement.Id)).Id);
        }
        lock (_gate)
        {
            _waiting = waiting;
            _allAcknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void Acknowledged(FakeReaction reaction)
    {
        lock (_gate)
        {
            if (reaction.UserId == _fake!.Bot.Id && _waiting.Remove(reaction.PostId) && _waiting.Count == 0)
            {
                _allAcknowledged.TrySetResult();
            }
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

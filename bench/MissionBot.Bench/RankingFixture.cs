using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MissionBot.Hosting;
using MissionBot.Interpellation;
using MissionBot.People.Skills;
using MissionBot.Storage;

namespace MissionBot.Bench;

/// <summary>
/// The real ranking index, loaded from the benchmark's LiteDB file on disk, and two missions to rank:
/// a typical one (a common skill, two rarer ones, a place) and a worst case (the three most common skills).
/// </summary>
public sealed class RankingFixture : IDisposable
{
    private static readonly IReadOnlySet<string> Owner = new HashSet<string> { "owner" };
    private static readonly IReadOnlySet<string> NoCandidates = new HashSet<string>();

    private readonly BotDatabase _db;

    public RankingFixture(int people, Action<string> log)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var path = BenchNetwork.Ensure(people, now, log);
        _db = new BotDatabase(path);
        Index = new InterpellationIndex(
            _db,
            new ProfileRepository(_db),
            new PingRepository(_db),
            new CooptationRepository(_db),
            new MissionRepository(_db),
            SkillCatalog.Empty,
            Options.Create(new InterpellationOptions()),
            TimeProvider.System,
            NullLogger<InterpellationIndex>.Instance);
        var loading = System.Diagnostics.Stopwatch.StartNew();
        Index.Warm();
        LoadTime = loading.Elapsed;
        log($"Index loaded: {Index.MemberCount} members in {LoadTime.TotalMilliseconds:F0} ms");
        var vocabulary = BenchNetwork.Vocabulary;
        Typical = Mission(vocabulary[5], vocabulary[20], vocabulary[60]) with { PlaceKey = "lyon" };
        Popular = Mission(vocabulary[0], vocabulary[1], vocabulary[2]);
    }

    public InterpellationIndex Index { get; }

    public TimeSpan LoadTime { get; }

    public MissionProfile Typical { get; }

    public MissionProfile Popular { get; }

    public RankingOutcome Rank(MissionProfile mission) =>
        Index.Rank(mission, RankingPurpose.Ping, 5, Owner, NoCandidates);

    public void Dispose() => _db.Dispose();

    private static MissionProfile Mission(params string[] skills) =>
        new(9999, "owner", skills.Select(s => new Skill(SkillCatalog.Normalize(s), s)).ToList(), "", EntryDoor: false);
}

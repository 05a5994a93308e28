using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using MissionBot.Interpellation;

namespace MissionBot.Bench;

/// <summary>
/// Ranking one mission against the whole network (10k and 100k people, 5 skills each), with the index loaded from
/// LiteDB on disk: what "/mission ping 12" does before it sends anything.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
[SuppressMessage("Reliability", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes the fixture.")]
public class RankingBenchmark
{
    private RankingFixture _fixture = null!;

    [Params(10_000, 100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup() => _fixture = new RankingFixture(People, Console.WriteLine);

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    /// <summary>A common skill, two rarer ones and a place.</summary>
    [Benchmark(Baseline = true)]
    public RankingOutcome TypicalMission() => _fixture.Rank(_fixture.Typical);

    /// <summary>The three most common skills: the largest pool to score.</summary>
    [Benchmark]
    public RankingOutcome MostCommonSkills() => _fixture.Rank(_fixture.Popular);
}

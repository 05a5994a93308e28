using System.Diagnostics;
using System.Globalization;

namespace MissionBot.Bench;

/// <summary>
/// "--smoke": the same ranking on a small network, timed with a stopwatch, in a few seconds (for CI).
/// Says whether the median is within the budget, but never fails on time (a busy CI machine is no benchmark):
/// it fails only when the ranking itself breaks.
/// </summary>
public static class SmokeRun
{
    public const int People = 2_000;
    public const int Rounds = 200;
    public static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(20);

    public static int Run(int people = People)
    {
        using var fixture = new RankingFixture(people, Console.WriteLine);
        var failed = false;
        foreach (var (name, mission) in new[] { ("typical mission", fixture.Typical), ("most common skills", fixture.Popular) })
        {
            var pool = fixture.Rank(mission).PoolSize;
            var times = new List<double>(Rounds);
            // Processor time too: on a busy shared machine the wall-clock median mostly measures waiting for a core.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < Rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                fixture.Rank(mission);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            var cpuPerRound = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Rounds;
            times.Sort();
            var median = times[times.Count / 2];
            failed |= median > Budget.TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {people} people, pool {pool}, median {median:F3} ms, p95 {times[(int)(times.Count * 0.95)]:F3} ms, processor time {cpuPerRound:F3} ms per round, over {Rounds} rounds"));
        }
        Console.WriteLine(failed ? $"Over budget: a median is over {Budget.TotalMilliseconds} ms" : $"OK: medians under {Budget.TotalMilliseconds} ms");
        return 0;
    }
}

namespace MissionBot.Bench;

/// <summary>How the benchmarks were asked to run; "--smoke" (CI) shrinks the sizes that would take minutes.</summary>
public static class BenchMode
{
    public static bool Smoke { get; set; }
}

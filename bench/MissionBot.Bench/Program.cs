using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MissionBot.Bench;

// dotnet run -c Release --project bench/MissionBot.Bench              the real benchmark (100k people)
// dotnet run -c Release --project bench/MissionBot.Bench -- --smoke   a small version in seconds (CI)
// dotnet run -c Release --project bench/MissionBot.Bench -- --quick 100000   stopwatch timing at any size
if (args.Contains("--smoke"))
{
    return SmokeRun.Run();
}
var quick = Array.IndexOf(args, "--quick");
if (quick >= 0)
{
    return SmokeRun.Run(quick + 1 < args.Length ? int.Parse(args[quick + 1], CultureInfo.InvariantCulture) : 100_000);
}
// In process: no separate build per benchmark, and the LiteDB file is seeded once.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkRunner.Run<RankingBenchmark>(config, args);
return 0;

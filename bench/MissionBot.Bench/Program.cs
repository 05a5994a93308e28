using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MissionBot.Bench;

// dotnet run -c Release --project bench/MissionBot.Bench                 every micro benchmark (BenchmarkDotNet)
// dotnet run -c Release --project bench/MissionBot.Bench -- --filter '*Ranking*'   some of them
// dotnet run -c Release --project bench/MissionBot.Bench -- --smoke      a few seconds: each benchmark runs once, small sizes (CI)
// dotnet run -c Release --project bench/MissionBot.Bench -- --quick 100000   stopwatch ranking timing at any size
var quick = Array.IndexOf(args, "--quick");
if (quick >= 0)
{
    return SmokeRun.Run(quick + 1 < args.Length ? int.Parse(args[quick + 1], CultureInfo.InvariantCulture) : 100_000);
}
var smoke = args.Contains("--smoke");
BenchMode.Smoke = smoke;
var rest = args.Where(a => a != "--smoke").ToArray();
// In process: no separate build per benchmark, and the LiteDB files are seeded once.
var job = smoke
    ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance)
    : Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15);
var config = (smoke ? ManualConfig.CreateMinimumViable() : DefaultConfig.Instance)
    .AddJob(job)
    .WithArtifactsPath(Path.Combine("bench", "BenchmarkDotNet.Artifacts"));
if (smoke)
{
    // The ranking on a small network (the 100k one takes a minute to seed), then everything else once.
    if (SmokeRun.Run() != 0)
    {
        return 1;
    }
    rest = [.. rest, "--filter", "*Parsing*", "*Candidacy*", "*CatchUp*"];
}
// Without a filter BenchmarkDotNet asks on the console which benchmarks to run: never in a script.
if (!rest.Contains("--filter"))
{
    rest = [.. rest, "--filter", "*"];
}
var summaries = BenchmarkSwitcher.FromTypes([typeof(RankingBenchmark), typeof(ParsingBenchmarks), typeof(CandidacyBenchmarks)]).Run(rest, config).ToList();
// Catching up 10k replies takes about a minute: measured three times, each a start of the bot host (a start is
// part of what a catch-up costs), rather than the fifteen warmed-up iterations of the quick benchmarks; the
// in-process toolchain's default limit (5 minutes for a whole benchmark) is raised to match.
var catchUpJob = smoke
    ? job
    : Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
        .WithStrategy(RunStrategy.Monitoring).WithWarmupCount(0).WithIterationCount(3);
var catchUpConfig = (smoke ? ManualConfig.CreateMinimumViable() : DefaultConfig.Instance)
    .AddJob(catchUpJob)
    .WithArtifactsPath(Path.Combine("bench", "BenchmarkDotNet.Artifacts"));
summaries.AddRange(BenchmarkSwitcher.FromTypes([typeof(CatchUpBenchmarks)]).Run(rest, catchUpConfig));
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

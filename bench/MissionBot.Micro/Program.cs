using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MissionBot.Micro;

// "--smoke": every benchmark a handful of times in this process (seconds), so CI notices when one breaks;
// the figures are meaningless. Otherwise BenchmarkDotNet's short job, arguments passed through.
var smoke = args.Contains("--smoke");
var rest = args.Where(a => a != "--smoke").ToArray();
var config = smoke
    ? ManualConfig.CreateMinimumViable().AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
    : DefaultConfig.Instance.AddJob(Job.ShortRun);
config = config.WithArtifactsPath(Path.Combine("bench", "BenchmarkDotNet.Artifacts"));
// Without a filter BenchmarkDotNet asks on the console which benchmarks to run: never in a script.
if (!rest.Contains("--filter"))
{
    rest = [.. rest, "--filter", "*"];
}
var summaries = BenchmarkSwitcher.FromTypes([typeof(ParsingBenchmarks), typeof(CandidacyBenchmarks)]).Run(rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.LoadDriver;

/// <summary>
/// Starts the real bot pinned to one core, pointed at the fake: the shipped build (self-contained, trimmed), run
/// through `dotnet` (the Dockerfile starts `./MissionBot`): either way a self-contained app runs on its own copy
/// of the runtime, and `pgrep -f MissionBot.dll` finds it for profiling (bench/README.md).
/// </summary>
public static class MissionBotProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <returns>The process, its slash command URL and the time from start to "/health says connected".</returns>
    public static async Task<(PinnedProcess Process, string CommandUrl, TimeSpan ColdStart)> StartAsync(
        FakeMattermostServer fake, DriverOptions options, string dbPath)
    {
        var url = $"http://127.0.0.1:{FakeMattermostServer.FreeLoopbackPort()}";
        var environment = FakeMattermostServer.AsEnvironment(fake.BotSettings(url, dbPath));
        if (Environment.GetEnvironmentVariable("MISSIONBOT_BENCH_PERFMAP") == "1")
        {
            // Lets "perf record" name JIT-compiled methods when profiling a run (see bench/README.md).
            environment["DOTNET_PerfMapEnabled"] = "1";
            environment["DOTNET_EnableWriteXorExecute"] = "0";
        }
        foreach (var (name, value) in BotOnlyVariables())
        {
            environment[name] = value;
        }
        var dll = Path.GetFullPath(options.BotDll);
        var clock = Stopwatch.StartNew();
        var process = PinnedProcess.Start(options.BotCore, "dotnet", [dll], Path.GetDirectoryName(dll)!, environment);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The bot exited while starting:" + Environment.NewLine + process.Tail());
            }
            if (clock.Elapsed > StartTimeout)
            {
                await process.DisposeAsync();
                throw new TimeoutException("The bot did not connect in time:" + Environment.NewLine + process.Tail());
            }
            try
            {
                using var health = await http.GetAsync(new Uri(url + "/health"));
                if (health.IsSuccessStatusCode)
                {
                    return (process, url + "/hooks/mattermost/command", clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Too slow to answer while starting.
            }
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// MISSIONBOT_BENCH_BOTENV_X=v in the driver's environment sets X=v for the bot alone: A/B experiments with
    /// runtime settings (DOTNET_...) that must not change the driver and the fake server measuring it.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> BotOnlyVariables()
    {
        const string Prefix = "MISSIONBOT_BENCH_BOTENV_";
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && name.StartsWith(Prefix, StringComparison.Ordinal) && variable.Value is string value)
            {
                yield return (name[Prefix.Length..], value);
            }
        }
    }
}

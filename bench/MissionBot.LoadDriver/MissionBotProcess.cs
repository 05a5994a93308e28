using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.LoadDriver;

/// <summary>Starts the real bot (Release build, as deployed) pinned to one core, pointed at the fake.</summary>
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
}

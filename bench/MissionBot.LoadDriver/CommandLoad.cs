using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.LoadDriver;

/// <summary>
/// Slash commands as Mattermost sends them (form POST with the command token), at a fixed rate: "show N"
/// on a random mission, one in five a "list". Latency is the full HTTP round trip of the command request.
/// </summary>
public sealed class CommandLoad(FakeMattermostServer fake, Seeder seeds, string commandUrl)
{
    public async Task<LatencySample> RunAsync(int rate, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var lostConnections = 0;
        var clock = Stopwatch.StartNew();
        var tasks = await OpenLoop.FireAsync(rate, duration, async i =>
        {
            var user = seeds.Volunteers[i % seeds.Volunteers.Count];
            var number = (i * 7919 % seeds.Missions.Count) + 1;
            var text = i % 5 == 0 ? "list" : "show " + number.ToString(CultureInfo.InvariantCulture);
            var at = Stopwatch.GetTimestamp();
            try
            {
                using var response = await fake.SendSlashCommandAsync(commandUrl, user, text);
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                    return;
                }
            }
            catch (HttpRequestException ex)
            {
                // Counted as unanswered, and the run goes on: one closed connection must not lose a 20-minute run
                // (bench/RESULTS.notes.md, item 34). Said once per step, with the cause.
                if (Interlocked.Increment(ref lostConnections) == 1)
                {
                    Console.Error.WriteLine($"command @ {rate}/s: a request got no answer: {ex.Message} ({ex.InnerException?.Message})");
                }
            }
            Interlocked.Increment(ref failures);
        });
        await Task.WhenAll(tasks);
        return new LatencySample(rate, [.. latencies], tasks.Count, failures, clock.Elapsed);
    }
}

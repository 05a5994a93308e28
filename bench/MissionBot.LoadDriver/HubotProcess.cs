using System.Diagnostics;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.LoadDriver;

/// <summary>Hubot 3 with hubot-matteruser and a one-line echo script (bench/hubot/scripts), pinned like the bot.</summary>
public static class HubotProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<(PinnedProcess Process, TimeSpan ColdStart)> StartAsync(FakeMattermostServer fake, DriverOptions options)
    {
        var uri = new Uri(fake.Url);
        var environment = new Dictionary<string, string>
        {
            ["MATTERMOST_HOST"] = uri.Host,
            ["MATTERMOST_HTTP_PORT"] = uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MATTERMOST_WSS_PORT"] = uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MATTERMOST_USE_TLS"] = "false",
            ["MATTERMOST_GROUP"] = fake.Team.Name,
            ["MATTERMOST_ACCESS_TOKEN"] = FakeMattermostServer.BotToken,
            ["HUBOT_LOG_LEVEL"] = "warning",
        };
        var dir = Path.GetFullPath(options.HubotDir);
        var clock = Stopwatch.StartNew();
        var process = PinnedProcess.Start(options.BotCore, Path.Combine(dir, "node_modules/.bin/coffee"),
            [Path.Combine(dir, "node_modules/.bin/hubot"), "-a", "matteruser", "--name", "missionbot"], dir, environment);
        try
        {
            await fake.WaitUntilAsync(() => fake.ConnectedWebSockets > 0 || process.HasExited, "Hubot's websocket", StartTimeout);
        }
        catch (TimeoutException e)
        {
            await process.DisposeAsync();
            throw new TimeoutException(e.Message + Environment.NewLine + process.Tail(), e);
        }
        if (process.HasExited)
        {
            throw new InvalidOperationException("Hubot exited while starting:" + Environment.NewLine + process.Tail());
        }
        return (process, clock.Elapsed);
    }
}

using System.Net;
using System.Net.Sockets;

namespace MissionBot.Tests.Fakes.Mattermost;

public sealed partial class FakeMattermostServer
{
    /// <summary>
    /// What a bot needs to talk to this server, as configuration keys ("Mattermost:Url"...): the in-process bot
    /// of the tests takes them as they are, a bot run as a program gets them through <see cref="AsEnvironment"/>.
    /// </summary>
    public Dictionary<string, string> BotSettings(string botUrl, string databasePath) => new()
    {
        ["Platform"] = "mattermost",
        ["Language"] = "fr",
        ["Mattermost:Url"] = Url,
        ["Mattermost:Token"] = BotToken,
        ["Mattermost:Team"] = Team.Name,
        ["Mattermost:CommandToken"] = CommandToken,
        ["Missions:Channel"] = MissionsChannel.Name,
        ["Http:Url"] = botUrl,
        ["Http:PublicUrl"] = botUrl,
        ["Storage:Path"] = databasePath,
    };

    /// <summary>"Mattermost:Url" → "MISSIONBOT_Mattermost__Url", as production sets them.</summary>
    public static Dictionary<string, string> AsEnvironment(IReadOnlyDictionary<string, string> settings) =>
        settings.ToDictionary(s => "MISSIONBOT_" + s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    /// <summary>A loopback port nobody listens on right now, for the bot's HTTP endpoint.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MissionBot.Hosting;
using MissionBot.Storage;
using MissionBot.Tests.Fakes.RocketChat;

namespace MissionBot.Tests.EndToEnd.RocketChat;

/// <summary>
/// The real bot host (BotApplication.Build with Platform=rocketchat) pointed at a <see cref="FakeRocketChatServer"/>
/// with three members (alice, bob, carol), a "missions" channel and a "general" channel.
/// </summary>
public sealed class RocketChatBotHost : IAsyncDisposable
{
    private readonly string _databasePath;

    private RocketChatBotHost(FakeRocketChatServer server, string databasePath)
    {
        Server = server;
        _databasePath = databasePath;
        Alice = server.AddUser("alice", "Alice Martin");
        Bob = server.AddUser("bob", "Bob Lefèvre");
        Carol = server.AddUser("carol", "Carol Diallo");
        Dave = server.AddUser("dave", "Dave");
        Missions = server.AddRoom("missions", "c", botIsMember: true, Alice, Bob, Carol);
        General = server.AddRoom("general", "c", botIsMember: true, Alice, Bob, Carol);
    }

    public FakeRocketChatServer Server { get; }

    public WebApplication App { get; private set; } = null!;

    public FakeRcUser Alice { get; }

    public FakeRcUser Bob { get; }

    public FakeRcUser Carol { get; }

    /// <summary>Only used for <see cref="BarrierAsync"/>, so his DMs never mix with what a test checks.</summary>
    public FakeRcUser Dave { get; }

    public FakeRcRoom Missions { get; }

    public FakeRcRoom General { get; }

    public BotDatabase Database => App.Services.GetRequiredService<BotDatabase>();

    public static async Task<RocketChatBotHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, bool waitUntilListening = true, Action<FakeRocketChatServer>? beforeStart = null)
    {
        var server = await FakeRocketChatServer.StartAsync();
        beforeStart?.Invoke(server);
        var host = new RocketChatBotHost(server, Path.Combine(Path.GetTempPath(), $"missionbot-rc-{Guid.NewGuid():N}.db"));
        var overrides = server.BotSettings(host.Missions.Name, "http://127.0.0.1:0", host._databasePath)
            .ToDictionary(s => s.Key, s => (string?)s.Value);
        overrides["RocketChat:ReconnectMinDelayMilliseconds"] = "50";
        overrides["RocketChat:ReconnectMaxDelaySeconds"] = "1";
        overrides["Serilog:MinimumLevel:Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }
        host.App = BotApplication.Build([], overrides);
        await host.App.StartAsync();
        if (waitUntilListening)
        {
            await server.WaitUntilAsync(() => server.BotListening, "the bot subscribed to its messages");
        }
        return host;
    }

    /// <summary>Someone types a command in the general channel.</summary>
    public FakeRcMessage Say(FakeRcUser user, string text) => Server.Post(user, General, text);

    /// <summary>Alice posts a mission and the bot announces it; returns the announcement.</summary>
    public async Task<FakeRcMessage> AnnounceMissionAsync(string line = "Affiche du festival | compétences: graphisme")
    {
        var before = Server.BotPostsIn(Missions).Count;
        Say(Alice, "!mission new " + line);
        await Server.WaitUntilAsync(() => Server.BotPostsIn(Missions).Count > before, "the bot announced the mission");
        return Server.BotPostsIn(Missions)[^1];
    }

    /// <summary>
    /// Dave asks for the list in a DM and waits for the answer. The bot handles messages one at a time, in order,
    /// so once it answers, everything posted before has been handled.
    /// </summary>
    public async Task BarrierAsync()
    {
        var before = Server.DirectMessagesTo(Dave).Count;
        Server.SendDirectToBot(Dave, "list");
        await Server.WaitUntilAsync(() => Server.DirectMessagesTo(Dave).Count > before, "the bot answered dave's list (barrier)");
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        await Server.DisposeAsync();
        File.Delete(_databasePath);
    }
}

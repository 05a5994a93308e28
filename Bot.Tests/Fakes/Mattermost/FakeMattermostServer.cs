using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// An in-process Mattermost (API v4) on 127.0.0.1 speaking real HTTP and WebSocket, following Mattermost's
/// OpenAPI spec and the team's protocol notes (PROTOCOLS.md part A). Tests act as people through it, call the bot the way
/// Mattermost does, and read back what the bot did. Split by concern into partial files:
/// .Http (auth, errors, request log), .Users, .Channels, .Posts, .Reactions, .Integrations, .WebSocket,
/// .Events, .Outgoing, .Recording, .Faults, .Files.
/// </summary>
public sealed partial class FakeMattermostServer : IAsyncDisposable
{
    public const string BotToken = "fake-bot-token";
    public const string CommandToken = "fake-command-token";

    /// <summary>Longest message in runes (PostMessageMaxRunesV2).</summary>
    public const int MaxPostRunes = 16383;

    public const string ServerVersion = "10.5.0";

    // Every piece of state below is read and written under this lock only.
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly long _startedAt;
    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _outgoing = new() { Timeout = TimeSpan.FromSeconds(30) };
    private WebApplication? _app;
    private long _lastTimestamp;
    private int _disposed;

    private FakeMattermostServer(TimeProvider clock)
    {
        _clock = clock;
        _startedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        Bot = CreateUser("missionbot", BotToken, isBot: true);
        Team = new FakeTeam(MattermostIds.NewId(), "reseau");
        TownSquare = CreateChannel("town-square", "Town Square", botIsMember: true);
        MissionsChannel = CreateChannel("missions", "Missions", botIsMember: true);
    }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public string Url { get; private set; } = "";

    /// <summary>The bot account ("missionbot", is_bot), authenticating with <see cref="BotToken"/>.</summary>
    public FakeUser Bot { get; }

    /// <summary>The team "reseau"; the bot and every user are members.</summary>
    public FakeTeam Team { get; }

    /// <summary>Public channel "missions"; the bot and every user are members.</summary>
    public FakeChannel MissionsChannel { get; }

    /// <summary>Public channel "town-square"; the bot and every user are members.</summary>
    public FakeChannel TownSquare { get; }

    /// <summary>How long a trigger_id (for opening a dialog) stays valid, on the server's clock.</summary>
    public TimeSpan TriggerIdLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <param name="clock">Gives create_at/update_at timestamps (pass the bot's FakeTimeProvider to share time);
    /// timeouts of <see cref="WaitUntilAsync"/> always use real time.</param>
    public static async Task<FakeMattermostServer> StartAsync(TimeProvider? clock = null)
    {
        var server = new FakeMattermostServer(clock ?? TimeProvider.System);
        await server.StartWebAsync();
        return server;
    }

    private async Task StartWebAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            // No file watchers: dozens of fakes start during a test run.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        app.Use(HandleHttpAsync);
        MapUserRoutes(app);
        MapPreferenceRoutes(app);
        MapChannelRoutes(app);
        MapPostRoutes(app);
        MapFileRoutes(app);
        MapReactionRoutes(app);
        MapIntegrationRoutes(app);
        MapWebSocketRoute(app);
        MapFallbackRoute(app);
        await app.StartAsync();
        _app = app;
        Url = app.Urls.Single().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _stopping.CancelAsync();
        AbortAllWebSockets();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _outgoing.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Milliseconds since the epoch on the server's clock, strictly increasing so that posts made
    /// under a frozen fake clock still sort in the order they were made.</summary>
    private long NextTimestamp()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
            _lastTimestamp = Math.Max(now, _lastTimestamp + 1);
            return _lastTimestamp;
        }
    }

    private long Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();
}

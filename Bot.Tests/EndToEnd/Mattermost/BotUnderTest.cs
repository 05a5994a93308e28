using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Tests.Fakes.Mattermost;
using MissionBot.Texts;
using MissionBot.Tests.Fakes;
using Serilog.Core;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// The real bot host (BotApplication.Build, as Program.cs runs it) pointed at a <see cref="FakeMattermostServer"/>,
/// listening on 127.0.0.1 with a LiteDB file of its own. The port is picked before start so that the public
/// URL the bot writes into buttons and dialogs is its real address.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly WebApplication _app;
    private readonly string _dbPath;

    private BotUnderTest(WebApplication app, string url, string dbPath, CollectingSink logs)
    {
        _app = app;
        Logs = logs;
        Url = url;
        _dbPath = dbPath;
    }

    public static HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>"http://127.0.0.1:PORT", where Mattermost (the fake) reaches the bot.</summary>
    public string Url { get; }

    public string CommandUrl => Url + "/hooks/mattermost/command";

    public string ActionUrl => Url + "/hooks/mattermost/action";

    public string DialogUrl => Url + "/hooks/mattermost/dialog";

    public BotTexts Texts => Get<BotTexts>();

    /// <summary>Everything the bot logged (Serilog events, rendered).</summary>
    public CollectingSink Logs { get; }

    public ConnectionStatus Status => Get<ConnectionStatus>();

    public IReadOnlyList<Mission> Missions => Get<BotDatabase>().Missions.FindAll().ToList();

    public IReadOnlyList<Candidacy> Candidacies => Get<BotDatabase>().Candidacies.FindAll().ToList();

    public static async Task<BotUnderTest> StartAsync(FakeMattermostServer fake, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var url = $"http://127.0.0.1:{FakeMattermostServer.FreeLoopbackPort()}";
        var dbPath = TestDatabases.NewPath("missionbot-e2e");
        var values = fake.BotSettings(url, dbPath).ToDictionary(s => s.Key, s => (string?)s.Value);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var logs = new CollectingSink();
        var bot = new BotUnderTest(BotApplication.Build([], values, services => services.AddSingleton<ILogEventSink>(logs)), url, dbPath, logs);
        try
        {
            await bot._app.StartAsync();
            await fake.WaitUntilAsync(() => fake.ConnectedWebSockets > 0, "the bot's websocket to connect", StartTimeout);
            await bot.WaitUntilConnectedAsync();
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
        return bot;
    }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>
    /// The bot reports "connected" once it has read the server's hello; that is bot-side state the fake cannot
    /// signal, so it is polled (briefly: the socket is already open when this is called).
    /// </summary>
    public async Task WaitUntilConnectedAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (!Status.IsConnected)
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"The bot did not report connected (state: {Status.State}).");
            }
            await Task.Delay(10, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await _app.StopAsync(stop.Token);
        }
        await _app.DisposeAsync();
        File.Delete(_dbPath);
        File.Delete(Path.ChangeExtension(_dbPath, null) + "-log.db");
    }
}

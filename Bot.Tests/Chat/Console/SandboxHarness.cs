using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MissionBot.Chat.Console;
using MissionBot.Hosting;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Chat.Console;

/// <summary>
/// The console sandbox in-process: the same registrations as the program, a script in a
/// <see cref="StringReader"/>, the transcript in a <see cref="StringWriter"/>, LiteDB in a temp file, a fake clock.
/// </summary>
public sealed class SandboxHarness : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsDatabase;

    /// <param name="databasePath">Share a file between two harnesses (one after the other) to play two runs.</param>
    public SandboxHarness(string script, bool interactive = false, string language = "fr", string? databasePath = null)
    {
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? NewDatabasePath();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Missions:Channel"] = "missions",
            ["Storage:Path"] = DatabasePath,
            ["Language"] = language,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(NullLoggerProvider.Instance));
        services.AddBotCore(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IHostApplicationLifetime>(Lifetime);
        services.AddConsoleChat(_ => new ConsoleStreams(new StringReader(script), Output, interactive));
        _services = services.BuildServiceProvider();
        Sandbox = _services.GetRequiredService<ConsoleSandbox>();
    }

    public string DatabasePath { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public FakeHostLifetime Lifetime { get; } = new();

    public StringWriter Output { get; } = new() { NewLine = "\n" };

    public ConsoleSandbox Sandbox { get; }

    public BotDatabase Database => _services.GetRequiredService<BotDatabase>();

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"missionbot-sandbox-{Guid.NewGuid():N}.db");

    /// <summary>Plays the whole script and returns the transcript.</summary>
    public async Task<string> RunAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Sandbox.RunAsync(timeout.Token);
        return Output.ToString();
    }

    /// <summary>Plays the script as the host does (background service), until it stops by itself.</summary>
    public async Task<string> RunAsHostedServiceAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Sandbox.StartAsync(timeout.Token);
        await Sandbox.ExecuteTask!.WaitAsync(timeout.Token);
        return Output.ToString();
    }

    public void Dispose()
    {
        _services.Dispose();
        Lifetime.Dispose();
        Output.Dispose();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    public static void DeleteDatabase(string path)
    {
        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log.db");
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Storage;

namespace MissionBot.Tests.Fakes;

/// <summary>
/// The real domain (DI, LiteDB in a temp file, texts) wired to a <see cref="RecordingChatClient"/> and a fake clock.
/// </summary>
public sealed class EngineHarness : IDisposable
{
    private readonly string _dbPath;
    private readonly IConfiguration _configuration;
    private readonly Action<IServiceCollection>? _configure;
    private ServiceProvider _services;

    /// <param name="databasePath">An existing database to reopen (a restart); by default a new temp file.</param>
    /// <param name="configure">Replaces services after the real ones are registered (a test's fake ping history...).</param>
    public EngineHarness(
        IReadOnlyDictionary<string, string?>? settings = null,
        string? databasePath = null,
        Action<IServiceCollection>? configure = null)
    {
        _dbPath = databasePath ?? TestDatabases.NewPath("missionbot-test");
        var values = new Dictionary<string, string?>
        {
            ["Missions:Channel"] = "missions",
            ["Storage:Path"] = _dbPath,
            ["Language"] = "fr",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _configure = configure;
        _services = BuildServices();
        Inbox = _services.GetRequiredService<IChatInbox>();
    }

    public RecordingChatClient Chat { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public IChatInbox Inbox { get; private set; }

    public BotDatabase Database => _services.GetRequiredService<BotDatabase>();

    public string DatabasePath => _dbPath;

    /// <summary>Keep the database file when disposing (to reopen it in a "restarted" harness).</summary>
    public bool KeepDatabase { get; set; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<CommandReply> CommandAsync(ChatUser user, string text) =>
        Inbox.HandleCommandAsync(new CommandRequest(user, "c-town-square", text), CancellationToken.None);

    /// <summary>The owner creates a mission with <paramref name="command"/> ("new ..."); returns its announcement's post id.</summary>
    public async Task<string> AnnounceAsync(ChatUser owner, string command)
    {
        await CommandAsync(owner, command);
        return Chat.ChannelPosts("c-missions")[^1].Post.PostId;
    }

    /// <summary>Alice announces a mission that bob may volunteer for; returns both and the announcement's post id.</summary>
    public async Task<(ChatUser Alice, ChatUser Bob, string Root)> AliceAnnouncesAMissionAsync()
    {
        var alice = Chat.AddUser("alice");
        var bob = Chat.AddUser("bob");
        return (alice, bob, await AnnounceAsync(alice, "new Affiche du festival"));
    }

    private int _posts;

    /// <summary>Someone replies in a thread; returns the message as the bot received it.</summary>
    public async Task<IncomingMessage> ReplyAsync(ChatUser user, string rootPostId, string text)
    {
        var message = new IncomingMessage($"r{Interlocked.Increment(ref _posts)}-{Guid.NewGuid():N}", "c-missions", ChannelKind.Public, rootPostId, user, text, Clock.GetUtcNow());
        await Inbox.HandleMessageAsync(message, CancellationToken.None);
        return message;
    }

    public async Task DirectAsync(ChatUser user, string text)
    {
        var message = new IncomingMessage($"d{Interlocked.Increment(ref _posts)}", $"dm-{user.Id}", ChannelKind.Direct, null, user, text, Clock.GetUtcNow());
        await Inbox.HandleMessageAsync(message, CancellationToken.None);
    }

    /// <summary>
    /// Stops the bot and starts a new one on the same database file, keeping this chat and this clock:
    /// what survives is what LiteDB kept.
    /// </summary>
    public void Restart()
    {
        _services.Dispose();
        _services = BuildServices();
        Inbox = _services.GetRequiredService<IChatInbox>();
    }

    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(NullLoggerProvider.Instance));
        services.AddBotCore(_configuration);
        services.AddChatPlatform(Chat);
        services.AddSingleton<TimeProvider>(Clock);
        _configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        if (!KeepDatabase)
        {
            TestDatabases.Delete(_dbPath);
        }
    }
}

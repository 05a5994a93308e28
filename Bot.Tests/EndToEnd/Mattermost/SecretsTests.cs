using System.Net;
using MissionBot.Tests.Fakes;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// The real program, configured from the environment, run through a scenario with every log level on:
/// no token or secret ever reaches a log line, and its database is readable by its own user only.
/// </summary>
[Platform(Exclude = "Win", Reason = "Signals and file modes are Unix things")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretsTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private FakeMattermostServer _server = null!;
    private string _databasePath = null!;

    [SetUp]
    public async Task SetUp()
    {
        _server = await FakeMattermostServer.StartAsync();
        _databasePath = TestDatabases.NewPath("missionbot-secrets");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _server.DisposeAsync();
        TestDatabases.Delete(_databasePath);
    }

    [Test]
    public async Task AScenarioWithEveryLogLevel_NeverLogsATokenOrSecret_AndTheDatabaseIsOwnerOnly()
    {
        var alice = _server.AddUser("alice");
        var bob = _server.AddUser("bob");
        await using var bot = await BotProcess.StartAsync(_server, _databasePath, new Dictionary<string, string>
        {
            ["MISSIONBOT_Serilog__MinimumLevel__Default"] = "Verbose",
            ["MISSIONBOT_Serilog__MinimumLevel__Override__Microsoft"] = "Verbose",
            ["MISSIONBOT_Serilog__MinimumLevel__Override__System"] = "Verbose",
            ["MISSIONBOT_Serilog__MinimumLevel__Override__Websocket.Client"] = "Verbose",
        });

        using (await _server.SendSlashCommandAsync(bot.CommandUrl, alice, "new Atelier vélo | réparer | lieu: Lyon"))
        {
        }
        var announcement = _server.Posts.Single(p => p.UserId == _server.Bot.Id && p.RootId.Length == 0);
        using (var click = await _server.ClickButtonAsync(announcement, "join", bob))
        {
            Assert.That(click.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        using (var forged = await BotUnderTest.Http.PostAsync(bot.CommandUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "wrong-" + FakeMattermostServer.CommandToken,
            ["user_id"] = alice.Id,
            ["text"] = "list",
        })))
        {
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
        _server.FailNextRequests("GET", "/api/v4/users/", 401);
        await _server.UserSendsDirectAsync(alice, "list");
        await _server.RestartWebSocketsAsync();
        await _server.UserPostsAsync(alice, _server.MissionsChannel.Id, "question ?", announcement.Id);
        await _server.WaitUntilAsync(() => _server.DirectPostCountsByUser().GetValueOrDefault(alice.Id) >= 2, "alice's answers");
        var databaseMode = File.GetUnixFileMode(_databasePath);
        var logFile = Path.ChangeExtension(_databasePath, null) + "-log.db";
        var logMode = File.Exists(logFile) ? File.GetUnixFileMode(logFile) : OwnerOnly;
        await bot.TerminateAsync(TimeSpan.FromSeconds(5));

        var secrets = new[] { FakeMattermostServer.BotToken, FakeMattermostServer.CommandToken, BotProcess.ActionSecret };
        var output = bot.Output;
        Assert.Multiple(() =>
        {
            Assert.That(output, Has.Some.Contain(" VRB] "), "verbose logs were written");
            Assert.That(output.Where(line => secrets.Any(s => line.Contains(s, StringComparison.Ordinal))), Is.Empty);
            Assert.That(databaseMode, Is.EqualTo(OwnerOnly), "database file mode");
            Assert.That(logMode, Is.EqualTo(OwnerOnly), "LiteDB log file mode");
        });
    }
}

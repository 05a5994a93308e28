using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Texts;

namespace MissionBot.Tests.Hosting;

/// <summary>Choosing Rocket.Chat, and what a person sees when its settings are wrong.</summary>
[NonParallelizable]
public sealed class RocketChatConfigurationTests
{
    private static readonly string[] MissingSettings =
    [
        "MISSIONBOT_RocketChat__Url is missing: set the address of your Rocket.Chat server (e.g. https://chat.example.org).",
        "MISSIONBOT_RocketChat__UserId is missing: set the bot user's id (shown next to its personal access token when you create it).",
        "MISSIONBOT_RocketChat__Token is missing: set a personal access token of the bot user (My Account > Personal Access Tokens).",
    ];

    private string _databasePath = null!;

    [SetUp]
    public void SetUp() => _databasePath = Path.Combine(Path.GetTempPath(), $"missionbot-config-{Guid.NewGuid():N}.db");

    [TearDown]
    public void TearDown() => File.Delete(_databasePath);

    private Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Platform"] = "rocketchat",
            ["Storage:Path"] = _databasePath,
            ["Http:Url"] = "http://127.0.0.1:0",
            ["Serilog:MinimumLevel:Default"] = "Fatal",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return settings;
    }

    [Test]
    public async Task Start_WithoutRocketChatSettings_FailsWithOneLinePerMissingVariable()
    {
        await using var app = BotApplication.Build([], Settings());

        // What BotApplication.RunAsync checks before starting the host.
        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.Failures, Is.EquivalentTo(MissingSettings));
    }

    [Test]
    public async Task Run_WithBadSettings_ExitsWithCode2AndOneLinePerProblem_WithoutAStackTrace()
    {
        var errors = new StringWriter();
        var standardError = Console.Error;
        Console.SetError(errors);
        int exitCode;
        try
        {
            exitCode = await BotApplication.RunAsync(
            [
                "--Platform=rocketchat", "--Language=klingon", "--RocketChat:Url=ftp://chat.example.org", "--RocketChat:UserId=u1", "--RocketChat:Token=secret-token",
                "--RocketChat:CommandPrefix=/mission", $"--Storage:Path={_databasePath}", "--Http:Url=8080", "--Serilog:MinimumLevel:Default=Fatal",
            ]);
        }
        finally
        {
            Console.SetError(standardError);
        }

        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(lines, Has.Length.EqualTo(4), "one line per problem, nothing else: " + errors);
        Assert.That(lines, Has.Some.StartsWith("MISSIONBOT_Http__Url: '8080' is not an address to listen on (for /health)"));
        Assert.That(lines, Has.Some.StartsWith("MISSIONBOT_Language: 'klingon' is not supported"), "several option sections can fail at once");
        Assert.That(lines, Has.Some.StartsWith("MISSIONBOT_RocketChat__Url: 'ftp://chat.example.org' is not an http(s) address"));
        Assert.That(lines, Has.Some.StartsWith("MISSIONBOT_RocketChat__CommandPrefix: '/mission' must be one word that does not start with / or @"));
        Assert.That(errors.ToString(), Does.Not.Contain("secret-token"));
    }

    [TestCase(null, "!mission")]
    [TestCase("!mb", "!mb")]
    public async Task RocketChat_TextsShowTheCommandPrefixInsteadOfTheSlashCommand(string? prefix, string expected)
    {
        var settings = Settings(("RocketChat:Url", "http://127.0.0.1:9"), ("RocketChat:UserId", "u1"), ("RocketChat:Token", "t"));
        if (prefix is not null)
        {
            settings["RocketChat:CommandPrefix"] = prefix;
        }
        await using var app = BotApplication.Build([], settings);

        var texts = app.Services.GetRequiredService<BotTexts>();

        Assert.That(texts.Cmd, Is.EqualTo(expected));
        Assert.That(texts.Usage("join"), Is.EqualTo($"`{expected} join 12`"));
        Assert.That(app.Services.GetRequiredService<IChatClient>().Platform, Is.EqualTo("rocketchat"));
    }
}

using System.Diagnostics;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>The real program (MissionBot.dll) started with a bad configuration: exit code 2, one stderr line per problem.</summary>
public sealed class ConfigurationTests
{
    private static readonly string[] EveryMissingSetting =
    [
        "MISSIONBOT_Mattermost__Url", "MISSIONBOT_Mattermost__Token", "MISSIONBOT_Mattermost__Team",
        "MISSIONBOT_Mattermost__CommandToken", "MISSIONBOT_Http__PublicUrl",
    ];

    private static readonly string[] BothAddresses = ["MISSIONBOT_Mattermost__Url", "MISSIONBOT_Http__PublicUrl"];

    private static readonly string[] TimeoutSetting = ["MISSIONBOT_Mattermost__WebSocketTimeoutSeconds"];

    private string _workDir = null!;

    [SetUp]
    public void SetUp()
    {
        _workDir = Path.Combine(Path.GetTempPath(), $"missionbot-config-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_workDir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_workDir, recursive: true);

    [Test]
    public async Task MissingMattermostSettings_ExitWithCode2_NamingEachVariable()
    {
        var (exitCode, errors) = await RunProgramAsync(new() { ["MISSIONBOT_Platform"] = "mattermost" });

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(errors, Has.Count.EqualTo(5), string.Join("\n", errors));
            Assert.That(errors.Select(VariableName), Is.EquivalentTo(EveryMissingSetting));
            Assert.That(errors, Has.All.Contain("is missing"));
            Assert.That(Directory.EnumerateFileSystemEntries(_workDir), Is.Empty, "nothing is created from a bad configuration");
        });
    }

    [Test]
    public async Task MalformedAddresses_ExitWithCode2_OneLineEach()
    {
        var (exitCode, errors) = await RunProgramAsync(new()
        {
            ["MISSIONBOT_Platform"] = "mattermost",
            ["MISSIONBOT_Mattermost__Url"] = "chat.example.org",
            ["MISSIONBOT_Mattermost__Token"] = "secret-bot-token",
            ["MISSIONBOT_Mattermost__Team"] = "reseau",
            ["MISSIONBOT_Mattermost__CommandToken"] = "secret-command-token",
            ["MISSIONBOT_Http__PublicUrl"] = "ftp://missionbot",
        });

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(errors.Select(VariableName), Is.EquivalentTo(BothAddresses), string.Join("\n", errors));
            Assert.That(string.Join("\n", errors), Does.Not.Contain("secret"), "tokens never appear in messages");
        });
    }

    [Test]
    public async Task NumberSettingWithLetters_ExitsWithCode2_NamingTheVariable()
    {
        var (exitCode, errors) = await RunProgramAsync(new()
        {
            ["MISSIONBOT_Platform"] = "mattermost",
            ["MISSIONBOT_Mattermost__WebSocketTimeoutSeconds"] = "quatre-vingt-dix",
        });

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(errors.Select(VariableName), Is.EqualTo(TimeoutSetting), string.Join("\n", errors));
        });
    }

    private static string VariableName(string line) => line.Split(' ', ':')[0];

    private async Task<(int ExitCode, IReadOnlyList<string> Errors)> RunProgramAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = _workDir,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MissionBot.dll"));
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("MISSIONBOT_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The bot did not exit within 30 s; stdout: {await stdout}");
        }
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (process.ExitCode, lines);
    }

    /// <summary>The dotnet host running these tests (set by the SDK), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

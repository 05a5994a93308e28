using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// The real program (MissionBot.dll next to the test assembly) run as a child process against a
/// <see cref="FakeMattermostServer"/>, configured only through MISSIONBOT_ environment variables as in
/// production. It can be killed (SIGKILL) or asked to stop (SIGTERM), and started again on the same database.
/// Everything it prints (logs go to stderr) is kept for assertions.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    public const string ActionSecret = "test-action-secret-4f1c";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>"http://127.0.0.1:PORT", where the fake server reaches the bot.</summary>
    public string Url { get; }

    public string CommandUrl => Url + "/hooks/mattermost/command";

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Every line the program printed so far (stdout and stderr).</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>Starts the program and waits until it has said hello on its websocket.</summary>
    public static async Task<BotProcess> StartAsync(FakeMattermostServer fake, string databasePath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var url = $"http://127.0.0.1:{FakeMattermostServer.FreeLoopbackPort()}";
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "MissionBot.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MISSIONBOT_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        var settings = FakeMattermostServer.AsEnvironment(fake.BotSettings(url, databasePath));
        settings["MISSIONBOT_Mattermost__ReconnectFirstDelayMilliseconds"] = "50";
        settings["MISSIONBOT_Mattermost__ReconnectMaxDelayMilliseconds"] = "500";
        settings["MISSIONBOT_Http__ActionSecret"] = ActionSecret;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new BotProcess(process, url);
        process.OutputDataReceived += (_, e) => bot.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => bot.OnLine(e.Data);
        process.Exited += (_, _) => bot._exited.TrySetResult();
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var first = await Task.WhenAny(bot._ready.Task, bot._exited.Task).WaitAsync(StartTimeout);
            if (first == bot._exited.Task)
            {
                throw new InvalidOperationException($"The bot exited at start with code {process.ExitCode}:\n{string.Join("\n", bot.Output)}");
            }
        }
        catch (TimeoutException)
        {
            await bot.DisposeAsync();
            throw new TimeoutException($"The bot did not connect within {StartTimeout.TotalSeconds} s:\n{string.Join("\n", bot.Output)}");
        }
        return bot;
    }

    /// <summary>SIGKILL: the process dies at once, in the middle of whatever it was doing.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _exited.Task.WaitAsync(StartTimeout);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as docker stop or systemd send it; returns how long the program took to exit.</summary>
    public async Task<TimeSpan> TerminateAsync(TimeSpan patience)
    {
        var started = Stopwatch.GetTimestamp();
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }
        try
        {
            await _exited.Task.WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            // Measured and asserted by the caller; the process is killed on dispose.
            return Stopwatch.GetElapsedTime(started);
        }
        await _process.WaitForExitAsync();
        return Stopwatch.GetElapsedTime(started);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        if (line.Contains("Mattermost websocket ready", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    /// <summary>The dotnet that runs the tests (set by the SDK), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

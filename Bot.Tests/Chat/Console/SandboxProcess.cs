using System.Diagnostics;
using System.Text;

namespace MissionBot.Tests.Chat.Console;

/// <summary>
/// Runs the real program (MissionBot.dll next to the test assembly) with a script on its stdin, the way a
/// newcomer pipes a file into <c>dotnet run --project Bot</c>, and collects what it printed.
/// </summary>
public static class SandboxProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<SandboxRun> RunAsync(string script, IReadOnlyDictionary<string, string>? environment = null)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"missionbot-process-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "MissionBot.dll")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        // Only what the test sets: a developer's own MISSIONBOT_ variables must not pick another platform.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MISSIONBOT_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["MISSIONBOT_Storage__Path"] = databasePath;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.StandardInput.WriteAsync(script);
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(Timeout);
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The sandbox did not exit within {Timeout.TotalSeconds} s after the end of its input.\nstdout:\n{await output}\nstderr:\n{await errors}");
        }
        finally
        {
            File.Delete(databasePath);
            File.Delete(Path.ChangeExtension(databasePath, null) + "-log.db");
        }
        return new SandboxRun(process.ExitCode, await output, await errors);
    }

    /// <summary>The dotnet that runs the tests (set by the SDK), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

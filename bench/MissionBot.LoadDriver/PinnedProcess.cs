using System.Diagnostics;
using System.Globalization;

namespace MissionBot.LoadDriver;

/// <summary>
/// A child process pinned to one CPU with taskset (taskset execs the program, so the pid is the program's own),
/// its output drained and kept (last lines only) for when it fails, and its resident memory and processor time
/// read from /proc.
/// </summary>
public sealed class PinnedProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private TextWriter? _log;

    private PinnedProcess(Process process)
    {
        _process = process;
    }

    public DateTime StartedAt { get; private set; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static PinnedProcess Start(int core, string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("taskset")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(core.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var process = new Process { StartInfo = info };
        var pinned = new PinnedProcess(process);
        process.OutputDataReceived += (_, e) => pinned.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => pinned.Keep(e.Data);
        pinned.StartedAt = DateTime.UtcNow;
        process.Start();
        if (Environment.GetEnvironmentVariable("MISSIONBOT_BENCH_LOG_DIR") is { Length: > 0 } logs)
        {
            // The whole output, for a post-mortem (the tail kept in memory only shows the last lines).
            Directory.CreateDirectory(logs);
            pinned._log = TextWriter.Synchronized(new StreamWriter(Path.Combine(logs, $"{Path.GetFileNameWithoutExtension(program)}-{process.Id}.log")) { AutoFlush = true });
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return pinned;
    }

    /// <summary>VmRSS of the process, in MB.</summary>
    public double ResidentMegabytes()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The process exited (code {_process.ExitCode}):{Environment.NewLine}{Tail()}");
        }
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                return kilobytes / 1024.0;
            }
        }
        return double.NaN;
    }

    /// <summary>
    /// Processor time the process has used so far (user and kernel, all its threads; /proc counts it in
    /// hundredths of a second).
    /// </summary>
    public TimeSpan ProcessorTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join(Environment.NewLine, _tail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _log?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _log?.WriteLine(line);
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }
}

namespace MissionBot.Tests.Chat.Console;

/// <summary>What the program printed: <see cref="Output"/> is the transcript (stdout), <see cref="Errors"/> the logs (stderr).</summary>
public sealed record SandboxRun(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";
}

namespace MissionBot.Commands.Decisions;

/// <summary>A feature's subcommand that takes only a mission number ("done 12", "anonyme 12").</summary>
public sealed record MissionNumberCommand(int MissionNumber) : ParsedCommand;

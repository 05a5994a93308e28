namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission ping 12 [n]": <see cref="Count"/> is null for the configured default.</summary>
public sealed record PingCommand(int MissionNumber, int? Count) : ParsedCommand;

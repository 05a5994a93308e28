namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission limit 1": at most this many pings per 7 days.</summary>
public sealed record LimitCommand(int PerWeek) : ParsedCommand;

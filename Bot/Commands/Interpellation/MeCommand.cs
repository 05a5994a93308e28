namespace MissionBot.Commands.Interpellation;

public sealed record MeCommand : ParsedCommand;

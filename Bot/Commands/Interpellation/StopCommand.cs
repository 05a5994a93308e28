namespace MissionBot.Commands.Interpellation;

public sealed record StopCommand : ParsedCommand;

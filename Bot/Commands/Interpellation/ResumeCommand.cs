namespace MissionBot.Commands.Interpellation;

public sealed record ResumeCommand : ParsedCommand;

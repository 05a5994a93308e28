namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission pause 14j": the text as typed, read at run time against the clock.</summary>
public sealed record PauseCommand(string Duration) : ParsedCommand;

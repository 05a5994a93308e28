namespace MissionBot.Commands.Interpellation;

/// <summary>Arguments these subcommands refuse, with the friendly explanation to show; nothing is done.</summary>
public sealed record RefusedInput(string Text) : ParsedCommand;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission who wordpress [, lyon]": the text as typed; skill and place are told apart at run time.</summary>
public sealed record WhoCommand(string Text) : ParsedCommand;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission skills [add|remove a, b]": <see cref="Skills"/> as typed, already checked for length.</summary>
public sealed record SkillsCommand(SkillsAction Action, IReadOnlyList<string> Skills) : ParsedCommand;

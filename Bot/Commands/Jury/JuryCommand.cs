namespace MissionBot.Commands.Jury;

/// <summary>"/mission jury 12 @a @b grille: prix 40, méthode 30 anonyme", parsed.</summary>
public sealed record JuryCommand(int MissionNumber, IReadOnlyList<string> Names, string Grid, bool Anonymous) : ParsedCommand;

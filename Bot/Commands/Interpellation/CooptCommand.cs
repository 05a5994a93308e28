namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission coopt 12 [@alice @bob]": no names means the best-ranked trusted people.</summary>
public sealed record CooptCommand(int MissionNumber, IReadOnlyList<string> Usernames) : ParsedCommand;

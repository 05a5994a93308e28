using MissionBot.Jury;

namespace MissionBot.Commands.Jury;

/// <summary>"/mission noter 12 A 4 3 5", parsed: <see cref="Values"/> is empty when they could not be read.</summary>
public sealed record ScoreCommand(int MissionNumber, string Label, IReadOnlyList<ScoreValue> Values) : ParsedCommand;

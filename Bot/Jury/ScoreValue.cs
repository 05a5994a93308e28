namespace MissionBot.Jury;

/// <summary>One score as a juror typed it: <see cref="Criterion"/> is empty when given in the grid's order.</summary>
public sealed record ScoreValue(string Criterion, int Value);

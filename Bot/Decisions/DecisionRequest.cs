namespace MissionBot.Decisions;

/// <summary>
/// What a decider asked: <see cref="Chosen"/> holds "@bob" or candidacy letters ("B") for a selection;
/// <see cref="Reason"/> is the reason as typed (empty when none); <see cref="Confirmed"/> accepts the default reason.
/// </summary>
public sealed record DecisionRequest(int MissionNumber, DecisionKind Kind, IReadOnlyList<string> Chosen, string Reason, bool Confirmed);

namespace MissionBot.Reports;

/// <summary>Contributions recorded in the year: money (in euros) and contributions in kind.</summary>
public sealed record ContributionFigures(int Payments, decimal Amount, int InKind);

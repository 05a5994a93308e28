using MissionBot.Missions;

namespace MissionBot.Jury;

/// <summary>
/// A candidacy's place in the jury's ranking: <see cref="Total"/> out of the grid's total weight, averaged over
/// the jurors who scored it; <see cref="PerCriterion"/> the same per criterion (out of its weight).
/// </summary>
public sealed record RankedCandidacy(int Rank, string Label, Candidacy Candidacy, double Total, IReadOnlyList<double> PerCriterion, int Scorers);

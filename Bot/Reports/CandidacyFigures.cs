namespace MissionBot.Reports;

/// <summary>
/// Candidacies on the year's missions: <see cref="Total"/> excludes withdrawn ones (they need no answer);
/// <see cref="AnsweredShare"/> is Answered / Total, null when there were none.
/// </summary>
public sealed record CandidacyFigures(int Total, int Answered, double? AnsweredShare, int Withdrawn);

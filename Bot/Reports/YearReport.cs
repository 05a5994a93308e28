namespace MissionBot.Reports;

/// <summary>Everything "/mission report 2026" says about a year of the network's missions.</summary>
public sealed record YearReport(
    int Year,
    DateTime GeneratedAt,
    MissionCounts Missions,
    double? MedianDaysToFill,
    CandidacyFigures Candidacies,
    IReadOnlyDictionary<string, int> Sources,
    PingFairness Pings,
    IReadOnlyList<SkillGap> Skills,
    ContributionFigures Contributions,
    FeedbackFigures Feedback,
    IReadOnlyList<OwnerFigures> Owners,
    IReadOnlyList<MissionLine> MissionList);

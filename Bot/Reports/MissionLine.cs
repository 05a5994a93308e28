using MissionBot.Missions;

namespace MissionBot.Reports;

/// <summary>One mission of the year, as the CSV export and the yearly documentation show it.</summary>
public sealed record MissionLine(
    int Number,
    string Title,
    string Description,
    string Owner,
    MissionStatus Status,
    DateTime CreatedAt,
    DateTime? ClosedAt,
    DateTime? CompletedAt,
    bool Paid,
    IReadOnlyList<string> Skills,
    int Candidates,
    int Answered,
    IReadOnlyList<string> Selected,
    decimal? ContributionPercent,
    bool ContributionFree,
    decimal ContributedAmount,
    IReadOnlyList<string> ContributedInKind,
    int Ratings,
    double? AverageRating);

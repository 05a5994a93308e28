namespace MissionBot.People;

/// <summary>
/// What "/mission me" shows: skills, place, preferences, how often the bot solicited the member and for what,
/// and their candidacies. Everyone sees their own solicitation counts: fairness is visible.
/// </summary>
public sealed record MemberOverview(
    IReadOnlyList<string> Skills,
    string Place,
    DateTime? PausedUntil,
    bool Stopped,
    int Limit,
    bool LimitIsDefault,
    int PingsLast30Days,
    int PingsLast90Days,
    IReadOnlyList<PingLine> RecentPings,
    IReadOnlyList<CandidacyLine> Candidacies);

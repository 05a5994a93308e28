namespace MissionBot.Interpellation;

/// <summary>
/// A member with their score for one mission, while a pool is ranked: small on purpose (tens of thousands are
/// compared), with <see cref="PingsInHistory"/> for the first tie-break.
/// </summary>
public readonly record struct ScoredMember(MemberFacts Member, double Score, int PingsInHistory);

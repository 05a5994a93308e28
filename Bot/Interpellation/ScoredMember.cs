namespace MissionBot.Interpellation;

/// <summary>A member with their score for one mission, while a pool is sorted.</summary>
public readonly record struct ScoredMember(MemberFacts Member, MatchFacts Facts, double Score);

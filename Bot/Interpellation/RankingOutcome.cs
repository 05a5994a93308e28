namespace MissionBot.Interpellation;

/// <summary>
/// A ranking, walked: <see cref="Candidates"/> are the best people who may be asked (a few spares included,
/// best first), <see cref="Skipped"/> those ranked above the last wanted one who may not. <see cref="PoolSize"/>
/// counts everyone who matched the mission at all.
/// </summary>
public sealed record RankingOutcome(IReadOnlyList<RankedMember> Candidates, IReadOnlyList<SkippedMember> Skipped, int PoolSize);

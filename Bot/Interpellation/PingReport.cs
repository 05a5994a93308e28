using MissionBot.Missions;

namespace MissionBot.Interpellation;

/// <summary>What a ping round did: whom it asked and why, whom it skipped and why.</summary>
public sealed record PingReport(Mission Mission, IReadOnlyList<RankedMember> Asked, IReadOnlyList<SkippedMember> Skipped, int PoolSize);

using MissionBot.Interpellation;
using MissionBot.Missions;

namespace MissionBot.Cooptation;

/// <summary>What a cooptation round did: whom it asked for recommendations, whom it skipped, names it did not know.</summary>
public sealed record CooptReport(Mission Mission, IReadOnlyList<string> Asked, IReadOnlyList<SkippedMember> Skipped, IReadOnlyList<string> Unknown);

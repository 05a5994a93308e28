using MissionBot.Decisions;
using MissionBot.Missions;

namespace MissionBot.Jury;

/// <summary>Cites the jury's grid and the candidate's score in the answer to a candidate not selected.</summary>
public sealed class JuryRefusalDetail(JuryService jury) : IRefusalDetail
{
    public string? DetailFor(Mission mission, Candidacy candidacy) => jury.RefusalDetail(mission, candidacy);
}

using MissionBot.Jury;
using MissionBot.Storage;

namespace MissionBot.Cooptation;

/// <summary>Who recommended a candidate for a mission: they may not sit on that mission's jury.</summary>
public sealed class CooptationLookup(CooptationRepository cooptations) : ICooptationLookup
{
    public IReadOnlyCollection<string> CooptersOf(int missionNumber, string candidateId) =>
        cooptations.ForMission(missionNumber)
            .Where(c => c.NomineeId == candidateId)
            .Select(c => c.NominatorId)
            .Distinct()
            .ToList();
}

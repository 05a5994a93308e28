using MissionBot.Missions;
using MissionBot.Storage;

namespace MissionBot.FollowUp;

/// <summary>Records a done mission as evidence of its skills for each person who did it.</summary>
public sealed class EvidenceRecorder(EvidenceRepository evidence, TimeProvider clock) : IMissionDoneListener
{
    public Task MissionDoneAsync(Mission mission, IReadOnlyList<Candidacy> selected, CancellationToken cancellationToken)
    {
        var at = mission.CompletedAt ?? clock.GetUtcNow().UtcDateTime;
        foreach (var candidacy in selected)
        {
            evidence.Save(new MissionEvidence { PersonId = candidacy.PersonId, MissionNumber = mission.Number, Skills = mission.Skills.ToList(), DoneAt = at });
        }
        return Task.CompletedTask;
    }
}

using MissionBot.Missions;

namespace MissionBot.Storage;

/// <summary>Records a decision in one transaction: every candidacy answered and the mission closed, or nothing.</summary>
public sealed class DecisionStore(BotDatabase db)
{
    public void Record(Mission mission, IReadOnlyList<Candidacy> selected, IReadOnlyList<Candidacy> others, string reason, DateTime at) =>
        db.InOneTransaction(() =>
        {
            foreach (var candidacy in selected)
            {
                candidacy.Status = CandidacyStatus.Selected;
                candidacy.AnsweredAt = at;
                candidacy.Answer = "";
                db.Candidacies.Update(candidacy);
            }
            foreach (var candidacy in others)
            {
                candidacy.Status = CandidacyStatus.Refused;
                candidacy.AnsweredAt = at;
                candidacy.Answer = reason;
                db.Candidacies.Update(candidacy);
            }
            mission.ClosedAt = at;
            db.Missions.Update(mission);
        });
}

using LiteDB;
using MissionBot.Cooptation;

namespace MissionBot.Storage;

/// <summary>Recommendations (collection "cooptations").</summary>
public sealed class CooptationRepository
{
    private readonly ILiteCollection<CooptationRecord> _cooptations;

    public CooptationRepository(BotDatabase db)
    {
        _cooptations = db.Raw.GetCollection<CooptationRecord>("cooptations");
        _cooptations.EnsureIndex(c => c.MissionNumber);
        _cooptations.EnsureIndex(c => c.NomineeId);
    }

    public void Insert(CooptationRecord cooptation) => _cooptations.Insert(cooptation);

    public void Update(CooptationRecord cooptation) => _cooptations.Update(cooptation);

    /// <summary>Recommendations of this person for this mission still waiting for their answer.</summary>
    public IReadOnlyList<CooptationRecord> PendingFor(int missionNumber, string nomineeId) =>
        _cooptations.Find(c => c.MissionNumber == missionNumber && c.NomineeId == nomineeId)
            .Where(c => c.Answer == CooptationAnswer.Pending)
            .ToList();

    public IReadOnlyList<CooptationRecord> ForMission(int missionNumber) =>
        _cooptations.Find(c => c.MissionNumber == missionNumber).ToList();

    public IEnumerable<CooptationRecord> All() => _cooptations.FindAll();
}

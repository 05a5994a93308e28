using LiteDB;
using MissionBot.Cooptation;

namespace MissionBot.Storage;

/// <summary>Recommendations (collection "cooptations").</summary>
public sealed class CooptationRepository
{
    private readonly ILiteCollection<CooptationRecord> _cooptations;

    public CooptationRepository(BotDatabase db)
    {
        _cooptations = db.Collection<CooptationRecord>(CollectionNames.Cooptations);
        _cooptations.EnsureIndex(c => c.MissionNumber);
        _cooptations.EnsureIndex(c => c.NomineeId);
        _cooptations.EnsureIndex(c => c.NominatorId);
    }

    public void Insert(CooptationRecord cooptation) => _cooptations.Insert(cooptation);

    public void Update(CooptationRecord cooptation) => _cooptations.Update(cooptation);

    public CooptationRecord? Find(int id) => _cooptations.FindById(id);

    /// <summary>Recommendations of this person for this mission still waiting for their answer.</summary>
    public IReadOnlyList<CooptationRecord> PendingFor(int missionNumber, string nomineeId) =>
        _cooptations.Find(c => c.MissionNumber == missionNumber && c.NomineeId == nomineeId)
            .Where(c => c.Answer == CooptationAnswer.Pending)
            .ToList();

    public IReadOnlyList<CooptationRecord> ForMission(int missionNumber) =>
        _cooptations.Find(c => c.MissionNumber == missionNumber).ToList();

    public IEnumerable<CooptationRecord> All() => _cooptations.FindAll();

    /// <summary>Recommendations of this person (as nominee).</summary>
    public IReadOnlyList<CooptationRecord> OfNominee(string personId) => _cooptations.Find(c => c.NomineeId == personId).ToList();

    /// <summary>Recommendations this person made (as nominator).</summary>
    public IReadOnlyList<CooptationRecord> ByNominator(string personId) => _cooptations.Find(c => c.NominatorId == personId).ToList();

    public int DeleteOfNominee(string personId) => _cooptations.DeleteMany(c => c.NomineeId == personId);
}

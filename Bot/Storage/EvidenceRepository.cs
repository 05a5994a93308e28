using LiteDB;
using MissionBot.FollowUp;

namespace MissionBot.Storage;

/// <summary>Missions people did, as evidence of skills (collection "mission_evidence").</summary>
public sealed class EvidenceRepository
{
    private readonly ILiteCollection<MissionEvidence> _evidence;

    public EvidenceRepository(BotDatabase db)
    {
        _evidence = db.Collection<MissionEvidence>(CollectionNames.Evidence);
        _evidence.EnsureIndex(e => e.PersonId);
    }

    public void Save(MissionEvidence evidence)
    {
        evidence.Id = $"{evidence.MissionNumber}:{evidence.PersonId}";
        _evidence.Upsert(evidence);
    }

    public IReadOnlyList<MissionEvidence> ForPerson(string personId) => _evidence.Find(e => e.PersonId == personId).OrderBy(e => e.DoneAt).ToList();

    public IReadOnlyList<MissionEvidence> All() => _evidence.FindAll().ToList();

    public int DeleteForPerson(string personId) => _evidence.DeleteMany(e => e.PersonId == personId);
}

using MissionBot.Missions;

namespace MissionBot.Storage;

public sealed class CandidacyRepository(BotDatabase db)
{
    private readonly Lock _gate = new();

    public Candidacy? Find(int missionNumber, string personId) =>
        db.Candidacies.FindById(Candidacy.KeyFor(missionNumber, personId));

    /// <summary>
    /// Records an active candidacy unless one is already active. A withdrawn candidacy is reactivated.
    /// Returns false when the person was already an active candidate (nothing changes then).
    /// </summary>
    public bool TryAdd(Candidacy candidacy)
    {
        candidacy.Key = Candidacy.KeyFor(candidacy.MissionNumber, candidacy.PersonId);
        lock (_gate)
        {
            var existing = db.Candidacies.FindById(candidacy.Key);
            if (existing is { Status: not CandidacyStatus.Withdrawn })
            {
                return false;
            }
            db.Candidacies.Upsert(candidacy);
            return true;
        }
    }

    /// <summary>Marks the person's candidacy withdrawn; false when there was no active one.</summary>
    public bool TryWithdraw(int missionNumber, string personId, DateTime at)
    {
        lock (_gate)
        {
            var existing = Find(missionNumber, personId);
            if (existing is not { Status: CandidacyStatus.Active })
            {
                return false;
            }
            existing.Status = CandidacyStatus.Withdrawn;
            existing.WithdrawnAt = at;
            db.Candidacies.Update(existing);
            return true;
        }
    }

    public IReadOnlyList<Candidacy> ForMission(int missionNumber) =>
        db.Candidacies.Find(c => c.MissionNumber == missionNumber).OrderBy(c => c.CreatedAt).ToList();

    public int CountActive(int missionNumber) =>
        db.Candidacies.Count(c => c.MissionNumber == missionNumber && c.Status != CandidacyStatus.Withdrawn);

    public IReadOnlyList<Candidacy> ForPerson(string personId) =>
        db.Candidacies.Find(c => c.PersonId == personId).OrderBy(c => c.CreatedAt).ToList();
}

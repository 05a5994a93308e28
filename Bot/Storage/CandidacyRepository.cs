using MissionBot.Missions;

namespace MissionBot.Storage;

public sealed class CandidacyRepository(BotDatabase db)
{
    /// <summary>The person's candidacy on the mission, if any (none, the usual case of a reply, is known without a lookup).</summary>
    public Candidacy? Find(int missionNumber, string personId) => Find(Candidacy.KeyFor(missionNumber, personId));

    private Candidacy? Find(string key) =>
        db.MayHold(CollectionNames.Candidacies, key) ? db.Candidacies.FindById(key) : null;

    /// <summary>
    /// Records an active candidacy unless one is already active. A withdrawn candidacy is reactivated.
    /// Returns false when the person was already an active candidate (nothing changes then).
    /// </summary>
    public bool TryAdd(Candidacy candidacy)
    {
        candidacy.Key = Candidacy.KeyFor(candidacy.MissionNumber, candidacy.PersonId);
        lock (db.ActiveCandidacies.Gate)
        {
            var existing = Find(candidacy.Key);
            if (existing is { Status: not CandidacyStatus.Withdrawn })
            {
                return false;
            }
            // The lookup above already says which write it is (Upsert would look the key up again).
            if (existing is null)
            {
                db.Candidacies.Insert(candidacy);
            }
            else
            {
                db.Candidacies.Update(candidacy);
            }
            db.ActiveCandidacies.Add(candidacy.MissionNumber, +1);
            // Recorded with a reply's other writes (MissionService.JoinAsync): counted again if they are not kept.
            db.IfRolledBack(() => db.ActiveCandidacies.Forget(candidacy.MissionNumber));
            return true;
        }
    }

    /// <summary>Marks the person's candidacy withdrawn; false when there was no active one.</summary>
    public bool TryWithdraw(int missionNumber, string personId, DateTime at)
    {
        lock (db.ActiveCandidacies.Gate)
        {
            var existing = Find(missionNumber, personId);
            if (existing is not { Status: CandidacyStatus.Active })
            {
                return false;
            }
            existing.Status = CandidacyStatus.Withdrawn;
            existing.WithdrawnAt = at;
            db.Candidacies.Update(existing);
            db.ActiveCandidacies.Add(missionNumber, -1);
            // Recorded with the owner's notice (MissionService.LeaveAsync): counted again if they are not kept.
            db.IfRolledBack(() => db.ActiveCandidacies.Forget(missionNumber));
            return true;
        }
    }

    public IReadOnlyList<Candidacy> ForMission(int missionNumber) =>
        db.Candidacies.Find(c => c.MissionNumber == missionNumber).OrderBy(c => c.CreatedAt).ToList();

    public int CountActive(int missionNumber) =>
        db.ActiveCandidacies.Get(missionNumber, n => db.Candidacies.Count(c => c.MissionNumber == n && c.Status != CandidacyStatus.Withdrawn));

    public IReadOnlyList<Candidacy> ForPerson(string personId) =>
        db.Candidacies.Find(c => c.PersonId == personId).OrderBy(c => c.CreatedAt).ToList();
}

using LiteDB;
using MissionBot.FollowUp;

namespace MissionBot.Storage;

/// <summary>What people gave back to the network (collection "contributions").</summary>
public sealed class ContributionRepository
{
    private readonly ILiteCollection<ContributionRecord> _contributions;

    public ContributionRepository(BotDatabase db)
    {
        _contributions = db.Collection<ContributionRecord>(CollectionNames.Contributions);
        _contributions.EnsureIndex(c => c.PersonId);
        _contributions.EnsureIndex(c => c.MissionNumber);
    }

    public void Save(ContributionRecord contribution)
    {
        contribution.Id = ContributionRecord.IdFor(contribution.MissionNumber, contribution.PersonId);
        _contributions.Upsert(contribution);
    }

    public IReadOnlyList<ContributionRecord> RecordedBetween(DateTime from, DateTime to) =>
        _contributions.Find(c => c.RecordedAt >= from && c.RecordedAt < to).OrderBy(c => c.RecordedAt).ToList();

    public IReadOnlyList<ContributionRecord> ForMission(int missionNumber) => _contributions.Find(c => c.MissionNumber == missionNumber).ToList();

    public IReadOnlyList<ContributionRecord> ForPerson(string personId) => _contributions.Find(c => c.PersonId == personId).ToList();

    /// <summary>The person's contributions stay in the yearly totals, under an id that names nobody.</summary>
    public int Anonymise(string personId, string anonymousId)
    {
        var mine = ForPerson(personId);
        foreach (var contribution in mine)
        {
            _contributions.Delete(contribution.Id);
            contribution.PersonId = anonymousId;
            contribution.Username = "";
            Save(contribution);
        }
        return mine.Count;
    }
}

using LiteDB;
using MissionBot.Missions;

namespace MissionBot.Storage;

/// <summary>
/// Read-side queries over missions and candidacies for decisions, follow-up and reports (kept apart from
/// the repositories that write them).
/// </summary>
public sealed class MissionHistory(BotDatabase db)
{
    public IReadOnlyList<Mission> CreatedBetween(DateTime from, DateTime to) =>
        db.Missions.Find(m => m.CreatedAt >= from && m.CreatedAt < to).OrderBy(m => m.Number).ToList();

    public IReadOnlyList<Mission> OwnedBy(string ownerId) =>
        db.Missions.Find(m => m.OwnerId == ownerId).OrderBy(m => m.Number).ToList();

    public IReadOnlyList<Mission> ByStatus(MissionStatus status) =>
        db.Missions.Find(m => m.Status == status).OrderBy(m => m.Number).ToList();

    public IReadOnlyList<Mission> ClosedSince(DateTime since) =>
        db.Missions.Find(m => m.Status != MissionStatus.Open).Where(m => m.ClosedAt >= since).OrderBy(m => m.Number).ToList();

    /// <summary>Ids of every person the bot knows (everyone who ever used it).</summary>
    public IReadOnlyList<string> PeopleIds() => db.People.FindAll().Select(p => p.Id).ToList();

    /// <summary>
    /// One indexed query for all the missions (an owner can have a thousand), not one per mission; the numbers go
    /// in as a parameter (<see cref="StoredQueries"/> says why).
    /// </summary>
    public IReadOnlyList<Candidacy> CandidaciesOf(IEnumerable<Mission> missions)
    {
        var numbers = new BsonArray(missions.Select(m => new BsonValue(m.Number)));
        return numbers.Count == 0
            ? []
            : db.Candidacies.Find(StoredQueries.MissionNumberIn(numbers)).OrderBy(c => c.CreatedAt).ToList();
    }
}

using MissionBot.Missions;

namespace MissionBot.Storage;

public sealed class MissionRepository(BotDatabase db)
{
    /// <summary>Stores a new mission and returns it with its number.</summary>
    public Mission Insert(Mission mission)
    {
        db.Missions.Insert(mission);
        return mission;
    }

    public Mission? Find(int number) => db.Missions.FindById(number);

    public Mission? FindByAnnouncement(string postId) =>
        string.IsNullOrEmpty(postId) ? null : db.Missions.FindOne(StoredQueries.AnnouncementIs(postId));

    public IReadOnlyList<Mission> ListOpen() =>
        db.Missions.Find(m => m.Status == MissionStatus.Open).OrderBy(m => m.Number).ToList();

    /// <summary>
    /// The newest open missions, newest first, and how many are open in all. Walks the missions from the newest
    /// and stops at <paramref name="limit"/>: a network with a thousand missions does not read them all to
    /// show a screenful.
    /// </summary>
    public (IReadOnlyList<Mission> Newest, int OpenCount) NewestOpen(int limit) =>
        (db.Missions.Query().OrderByDescending(m => m.Number).Where(m => m.Status == MissionStatus.Open).Limit(limit).ToList(),
         db.Missions.Count(m => m.Status == MissionStatus.Open));

    public void Update(Mission mission) => db.Missions.Update(mission);

    public void Delete(int number) => db.Missions.Delete(number);
}

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
        string.IsNullOrEmpty(postId) ? null : db.Missions.FindOne(m => m.AnnouncementPostId == postId);

    public IReadOnlyList<Mission> ListOpen() =>
        db.Missions.Find(m => m.Status == MissionStatus.Open).OrderBy(m => m.Number).ToList();

    public void Update(Mission mission) => db.Missions.Update(mission);

    public void Delete(int number) => db.Missions.Delete(number);
}

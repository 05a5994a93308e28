using MissionBot.Missions;
using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

public sealed class BotDatabaseTests
{
    [Test]
    public void EmptyStrings_ComeBackEmpty_NotNull()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missionbot-db-{Guid.NewGuid():N}.db");
        try
        {
            using (var db = new BotDatabase(path))
            {
                db.Missions.Insert(new Mission { Title = "Affiche" });
            }
            using var reopened = new BotDatabase(path);

            var mission = reopened.Missions.FindById(1);

            Assert.That(mission.Place, Is.EqualTo(""));
            Assert.That(mission.AnnouncementPostId, Is.EqualTo(""));
            Assert.That(mission.Description, Is.EqualTo(""));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using Microsoft.Extensions.Time.Testing;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

public sealed class WatermarkRepositoryTests
{
    [Test]
    public void BusyChannels_WatermarksAreWrittenTogetherEverySecond_AndWhenTheBotStops()
    {
        var path = TestDatabases.NewPath("missionbot-watermarks");
        try
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
            using var db = new BotDatabase(path);
            long? Stored(string channelId) => db.Watermarks.FindById(channelId)?.LastCreatedAtMs;
            var watermarks = new WatermarkRepository(db, clock);

            watermarks.Advance("c1", 100);
            watermarks.Advance("c1", 200);
            watermarks.Advance("dm-bob", 150);
            var withinTheSecond = Stored("c1");
            clock.Advance(WatermarkRepository.WriteEvery);
            var (c1, dm) = (Stored("c1"), Stored("dm-bob"));
            watermarks.Advance("c1", 300);
            watermarks.Advance("c1", 250);
            var seen = watermarks.Find("c1");
            watermarks.Dispose();

            Assert.Multiple(() =>
            {
                Assert.That(withinTheSecond, Is.Null, "a crash now only makes the next catch-up fetch these posts again");
                Assert.That(c1, Is.EqualTo(200), "a second later, the newest of each channel");
                Assert.That(dm, Is.EqualTo(150));
                Assert.That(seen, Is.EqualTo(300), "the bot itself always sees the newest, and a watermark never goes back");
                Assert.That(Stored("c1"), Is.EqualTo(300), "written when the bot stops");
            });
        }
        finally
        {
            TestDatabases.Delete(path);
        }
    }
}

using Microsoft.Extensions.Time.Testing;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

public sealed class WatermarkRepositoryTests
{
    [Test]
    public void BusyChannel_WatermarkIsWrittenAtMostEverySecond_AndWhenTheBotStops()
    {
        var path = TestDatabases.NewPath("missionbot-watermarks");
        try
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
            using var db = new BotDatabase(path);
            long? Stored() => db.Watermarks.FindById("c1")?.LastCreatedAtMs;
            var watermarks = new WatermarkRepository(db, clock);

            watermarks.Advance("c1", 100);
            var first = Stored();
            watermarks.Advance("c1", 200);
            var withinTheSecond = Stored();
            clock.Advance(WatermarkRepository.WriteEvery);
            watermarks.Advance("c1", 300);
            var aSecondLater = Stored();
            watermarks.Advance("c1", 400);
            var seen = watermarks.Find("c1");
            watermarks.Dispose();

            Assert.Multiple(() =>
            {
                Assert.That(first, Is.EqualTo(100));
                Assert.That(withinTheSecond, Is.EqualTo(100), "a crash now only makes the next catch-up fetch 200 again");
                Assert.That(aSecondLater, Is.EqualTo(300));
                Assert.That(seen, Is.EqualTo(400), "the bot itself always sees the newest");
                Assert.That(Stored(), Is.EqualTo(400), "written when the bot stops");
            });
        }
        finally
        {
            TestDatabases.Delete(path);
        }
    }
}

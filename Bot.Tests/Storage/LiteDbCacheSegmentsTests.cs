using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>
/// LiteDB's page cache grows in small steps once the bot's database is open (bench/RESULTS.notes.md, item 32).
/// The sizes live in LiteDB's internals: this fails when a LiteDB upgrade moves them, rather than the bot
/// silently going back to 8 MB steps.
/// </summary>
public sealed class LiteDbCacheSegmentsTests
{
    [Test]
    public void OnceADatabaseIsOpen_LiteDbsCacheGrowsByAtMostTwoMegabytesAtATime()
    {
        using var file = TestDatabases.Temporary("missionbot-segments");
        using var db = new BotDatabase(file.Path);

        var sizes = LiteDbCacheSegments.LiteDbSizes();

        Assert.Multiple(() =>
        {
            Assert.That(sizes, Is.Not.Null, "LiteDB still keeps its cache segment sizes in LiteDB.Constants.MEMORY_SEGMENT_SIZES");
            Assert.That(LiteDbCacheSegments.Applied, Is.True);
            Assert.That(sizes!.Max() * 8192, Is.LessThanOrEqualTo(2_000 * 1024), "no segment over 250 pages of 8 KB");
        });
    }
}

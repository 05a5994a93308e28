using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>
/// Handled posts and candidacies are known new without a lookup (<see cref="BotDatabase.MayHold"/>). Whatever wrote
/// them, and across restarts and prunes, a post handled before must still be recognised (or a reply would be
/// handled twice) and a candidacy must still be found (or a second one would be recorded).
/// </summary>
public sealed class StoredKeysTests
{
    private static readonly DateTime Now = new(2026, 12, 8, 9, 0, 0, DateTimeKind.Utc);

    private TemporaryDatabase _file = null!;

    [SetUp]
    public void SetUp() => _file = TestDatabases.Temporary("missionbot-stored-keys");

    [TearDown]
    public void TearDown() => _file.Dispose();

    [Test]
    public void APostHandledBeforeARestart_IsNotHandledAgain()
    {
        using (var before = new BotDatabase(_file.Path))
        {
            var processed = new ProcessedMessageRepository(before);
            Assert.That(processed.TryBegin("post-1"), Is.True);
            processed.Complete("post-1", Now);
        }

        using var after = new BotDatabase(_file.Path);
        var replay = new ProcessedMessageRepository(after);

        Assert.Multiple(() =>
        {
            Assert.That(replay.TryBegin("post-1"), Is.False, "the replayed post");
            Assert.That(replay.TryBegin("post-2"), Is.True, "a new post");
        });
    }

    [Test]
    public void KeysDifferingOnlyByCase_AreOneKey_AsLiteDbComparesThem()
    {
        using var db = new BotDatabase(_file.Path);
        var processed = new ProcessedMessageRepository(db);
        processed.TryBegin("PostAbC");
        processed.Complete("PostAbC", Now);

        Assert.That(processed.TryBegin("postabc"), Is.False, "LiteDB finds PostAbC under postabc: the post counts as handled");
    }

    [Test]
    public void ACandidacyWrittenByAnyMeans_IsFound()
    {
        using var db = new BotDatabase(_file.Path);
        var candidacies = new CandidacyRepository(db);

        // Straight through LiteDB, as a restore of someone's data does, and through its SQL.
        db.Candidacies.Insert(new Candidacy { Key = Candidacy.KeyFor(1, "u-bob"), MissionNumber = 1, PersonId = "u-bob", CreatedAt = Now });
        db.Raw.Execute($"INSERT INTO candidacies VALUES {{ _id: '{Candidacy.KeyFor(2, "u-chloe")}', MissionNumber: 2, PersonId: 'u-chloe', Status: 'Active' }}").Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(candidacies.Find(1, "u-bob"), Is.Not.Null);
            Assert.That(candidacies.Find(2, "u-chloe"), Is.Not.Null);
            Assert.That(candidacies.TryAdd(new Candidacy { MissionNumber = 1, PersonId = "u-bob", CreatedAt = Now }), Is.False, "bob is already a candidate");
            Assert.That(candidacies.Find(1, "u-chloe"), Is.Null);
        });
    }

    [Test]
    public void ACandidacyWhoseWriteWasRolledBack_IsRecordedTheNextTime()
    {
        using var db = new BotDatabase(_file.Path);
        var candidacies = new CandidacyRepository(db);

        Assert.Throws<InvalidOperationException>(() => db.InOneTransaction(() =>
        {
            candidacies.TryAdd(new Candidacy { MissionNumber = 1, PersonId = "u-bob", CreatedAt = Now });
            throw new InvalidOperationException("the acknowledgement could not be recorded");
        }));

        Assert.Multiple(() =>
        {
            Assert.That(candidacies.Find(1, "u-bob"), Is.Null);
            Assert.That(candidacies.TryAdd(new Candidacy { MissionNumber = 1, PersonId = "u-bob", CreatedAt = Now }), Is.True);
            Assert.That(candidacies.Find(1, "u-bob"), Is.Not.Null);
        });
    }

    [Test]
    public void AfterAPrune_PostsKeptAreStillRecognised_AndPrunedOnesAreForgotten()
    {
        using var db = new BotDatabase(_file.Path);
        var processed = new ProcessedMessageRepository(db);
        foreach (var (post, at) in new[] { ("old", Now.AddDays(-40)), ("recent", Now.AddDays(-1)) })
        {
            processed.TryBegin(post);
            processed.Complete(post, at);
        }

        Assert.That(processed.Prune(Now.AddDays(-30)), Is.EqualTo(1));

        Assert.Multiple(() =>
        {
            Assert.That(processed.WasProcessed("recent"), Is.True);
            Assert.That(processed.WasProcessed("old"), Is.False);
            Assert.That(db.MayHold(CollectionNames.ProcessedMessages, "old"), Is.False, "its key is no longer kept in memory");
        });
    }
}

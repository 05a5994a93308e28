using MissionBot.Missions;
using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

public sealed class BotDatabaseTests
{
    private string _path = null!;

    [SetUp]
    public void SetUp() => _path = Path.Combine(Path.GetTempPath(), $"missionbot-db-{Guid.NewGuid():N}.db");

    [TearDown]
    public void TearDown()
    {
        File.Delete(_path);
        File.Delete(Path.ChangeExtension(_path, null) + "-log.db");
    }

    [Test]
    public void NewDatabase_HasEveryCollectionCreatedAndEmpty_BeforeAnythingReadsIt()
    {
        // LiteDB 5 fails a read that races with the write creating its collection, and closes the database for good.
        using (new BotDatabase(_path))
        {
        }

        using var reopened = new LiteDB.LiteDatabase(_path);
        var names = reopened.GetCollectionNames().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EquivalentTo(CollectionNames.All));
            Assert.That(names.Sum(name => reopened.GetCollection(name).Count()), Is.Zero);
        });
    }

    [Test]
    public void EveryStorageClass_OpensOnlyCollectionsThatExistOnceTheDatabaseIsOpen()
    {
        // A collection created while the bot runs races with reads elsewhere, so the database refuses names it does
        // not list (see the next test): a repository opening one would fail to construct here, not in production.
        using var db = new BotDatabase(_path);
        var storageClasses = typeof(BotDatabase).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.GetConstructor([typeof(BotDatabase)]) is not null)
            .ToList();
        var opened = storageClasses.Select(type => Activator.CreateInstance(type, db)).ToList();
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(storageClasses, Has.Count.GreaterThanOrEqualTo(10), "the storage classes were found");
                Assert.That(db.Raw.GetCollectionNames(), Is.EquivalentTo(CollectionNames.All));
            });
        }
        finally
        {
            opened.OfType<IDisposable>().ToList().ForEach(storage => storage.Dispose());
        }
    }

    [Test]
    public void ACollectionNotListed_IsRefused_AndNothingIsCreated()
    {
        // Created while the bot runs, it would race with every read (bench/RESULTS.md, items 48 and 49).
        using (var db = new BotDatabase(_path))
        {
            var refused = Assert.Throws<ArgumentException>(() => db.Collection<LiteDB.BsonDocument>("brouillons"));
            Assert.That(refused!.Message, Does.Contain("brouillons").And.Contain("CollectionNames"));
        }

        using var reopened = new LiteDB.LiteDatabase(_path);
        Assert.That(reopened.GetCollectionNames(), Is.EquivalentTo(CollectionNames.All));
    }

    [Test]
    public void Mission_WithEmptyOptionalTexts_ComesBackWithEmptyStringsNotNulls()
    {
        using (var db = new BotDatabase(_path))
        {
            new MissionRepository(db).Insert(new Mission { Title = "Affiche", Description = "", Place = "", OwnerUsername = "alice" });
        }

        using var reopened = new BotDatabase(_path);
        var mission = new MissionRepository(reopened).Find(1)!;

        Assert.Multiple(() =>
        {
            Assert.That(mission.Description, Is.Empty);
            Assert.That(mission.Place, Is.Empty);
            Assert.That(mission.ChannelId, Is.Empty);
            Assert.That(mission.AnnouncementPostId, Is.Empty);
        });
    }

    [Test]
    public void DatabaseOfAnEarlierVersion_LosesTheDeliveryRecordIndexes_AndKeepsItsRecords()
    {
        // What versions before item 43 of bench/RESULTS.md left: an index on the handled posts' date and two on the outbox.
        using (var earlier = new LiteDB.LiteDatabase(_path))
        {
            var posts = earlier.GetCollection("processed_messages");
            posts.Insert(new LiteDB.BsonDocument { ["_id"] = "p1", ["At"] = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) });
            posts.EnsureIndex("At", "$.At");
            var outbox = earlier.GetCollection("outbox");
            outbox.Insert(new LiteDB.BsonDocument { ["_id"] = "ack:1", ["State"] = "Pending", ["CreatedAt"] = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) });
            outbox.EnsureIndex("State", "$.State");
            outbox.EnsureIndex("CreatedAt", "$.CreatedAt");
        }

        using var db = new BotDatabase(_path);
        using var outboxAfter = new OutboxRepository(db);

        var indexes = db.Raw.GetCollection("$indexes").Query()
            .Where("collection IN ['processed_messages', 'outbox']")
            .ToEnumerable()
            .Select(i => $"{i["collection"].AsString}.{i["name"].AsString}");
        Assert.Multiple(() =>
        {
            Assert.That(indexes, Is.EquivalentTo(new[] { "processed_messages._id", "outbox._id" }), "each index was a page more in every write");
            Assert.That(new ProcessedMessageRepository(db).WasProcessed("p1"), Is.True);
            Assert.That(outboxAfter.Pending().Select(e => e.Key), Is.EqualTo(new[] { "ack:1" }));
        });
    }

    [TestCase(0, TestName = "Commit_ReachesTheFiles_WithoutTheDatabaseBeingClosed(synced at every write)")]
    [TestCase(60_000, TestName = "Commit_ReachesTheFiles_WithoutTheDatabaseBeingClosed(synced to disk later)")]
    public void Commit_ReachesTheFiles_WithoutTheDatabaseBeingClosed(int syncToDiskMilliseconds)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"missionbot-db-copy-{Guid.NewGuid():N}.db");
        try
        {
            using var db = new BotDatabase(_path, syncToDiskMilliseconds);
            new MissionRepository(db).Insert(new Mission { Title = "Affiche", OwnerUsername = "alice" });

            // What a killed bot leaves behind: the files as the operating system holds them, never closed.
            // LiteDB writes a commit's pages from its own writer queue, just after the commit returns.
            string? title = null;
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (title is null && DateTime.UtcNow < deadline)
            {
                CopyShared(_path, copy);
                CopyShared(BotDatabase.LogFilePath(_path), BotDatabase.LogFilePath(copy));
                try
                {
                    using var restarted = new BotDatabase(copy, syncToDiskMilliseconds);
                    title = new MissionRepository(restarted).Find(1)?.Title;
                }
                catch (LiteDB.LiteException)
                {
                    // Copied in the middle of the writer's work: copy again.
                }
            }

            Assert.That(title, Is.EqualTo("Affiche"));
        }
        finally
        {
            File.Delete(copy);
            File.Delete(BotDatabase.LogFilePath(copy));
        }
    }

    [Test]
    public void EveryWrite_SurvivesAKill_RightAfterIt_AlsoWhenItCopiesTheLogIntoTheDataFile()
    {
        // 6 KB notes: about three pages of log each, so the log is copied into the data file every 80 writes
        // or so, and the data file is then read back through the pages the bot keeps in memory.
        var note = new string('n', 6000);
        var copy = Path.Combine(Path.GetTempPath(), $"missionbot-db-copy-{Guid.NewGuid():N}.db");
        var lost = new List<int>();
        try
        {
            using var db = TestBotDatabases.Open(_path, syncToDiskMilliseconds: 60_000, "notes");
            var notes = db.Collection<LiteDB.BsonDocument>("notes");
            // LiteDB starts its log writer on a thread of its own at the first write, and writes there until that
            // thread first waits; from then on it writes on the committing thread, before the commit returns.
            notes.Insert(new LiteDB.BsonDocument { ["_id"] = 0, ["text"] = note });
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (CountAfterAKill(copy) != 1 && DateTime.UtcNow < deadline)
            {
                Thread.Yield();
            }
            for (var i = 1; i <= 200; i++)
            {
                notes.Insert(new LiteDB.BsonDocument { ["_id"] = i, ["text"] = note });
                if (CountAfterAKill(copy) != i + 1)
                {
                    lost.Add(i);
                }
            }
            Assert.Multiple(() =>
            {
                Assert.That(lost, Is.Empty, "writes missing from the files after a kill");
                Assert.That(new FileInfo(_path).Length, Is.GreaterThan(100 * 6000), "the log was copied into the data file");
                Assert.That(notes.FindById(37)["text"].AsString, Is.EqualTo(note));
            });
        }
        finally
        {
            File.Delete(copy);
            File.Delete(BotDatabase.LogFilePath(copy));
        }
    }

    /// <summary>How many notes a bot restarted from the files as they are now would find.</summary>
    private int CountAfterAKill(string copy)
    {
        CopyShared(_path, copy);
        CopyShared(BotDatabase.LogFilePath(_path), BotDatabase.LogFilePath(copy));
        using var restarted = TestBotDatabases.Open(copy, syncToDiskMilliseconds: 60_000, "notes");
        return restarted.Collection<LiteDB.BsonDocument>("notes").Count();
    }

    private static void CopyShared(string from, string to)
    {
        using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var target = File.Create(to);
        source.CopyTo(target);
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "Unix file modes")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void NewDatabase_AndItsLogFile_AreReadableAndWritableByTheOwnerOnly()
    {
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var db = new BotDatabase(_path);
        new MissionRepository(db).Insert(new Mission { Title = "Affiche", OwnerUsername = "alice" });
        var logFile = BotDatabase.LogFilePath(_path);

        Assert.Multiple(() =>
        {
            Assert.That(File.GetUnixFileMode(_path), Is.EqualTo(ownerOnly));
            Assert.That(File.Exists(logFile), Is.True, "LiteDB writes its log next to the database");
            Assert.That(File.GetUnixFileMode(logFile), Is.EqualTo(ownerOnly));
        });
    }

    [Test]
    public void Log_IsCopiedIntoTheDataFile_OnceItHoldsTheCheckpointsPages_FarBelowLiteDbsDefault()
    {
        // Each copy holds every other write back while it runs: the smaller the log, the shorter the wait.
        const int PageSize = 8192;
        long longestLog = 0;
        using (var db = new BotDatabase(_path))
        {
            for (var i = 0; i < 600; i++)
            {
                db.ProcessedMessages.Insert(new ProcessedMessage { Id = $"post-{i}", At = DateTime.UtcNow });
                longestLog = Math.Max(longestLog, new FileInfo(BotDatabase.LogFilePath(_path)).Length);
            }
        }

        using var reopened = new BotDatabase(_path);
        Assert.Multiple(() =>
        {
            // 600 commits write well over LiteDB's default 1,000 pages: without the setting the log reaches 8 MB.
            Assert.That(longestLog, Is.LessThanOrEqualTo((BotDatabase.CheckpointPages + 10) * PageSize));
            Assert.That(reopened.ProcessedMessages.Count(), Is.EqualTo(600));
        });
    }
}

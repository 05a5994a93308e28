using LiteDB;
using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

/// <summary>
/// With the disk synced on a timer (Storage:SyncToDiskMilliseconds above 0), a power cut may lose what came since
/// the last sync, and nothing more: the database must open after it, whole. The dangerous moments are around a
/// checkpoint, when LiteDB copies its log into the data file, empties the log, and starts writing it again.
/// </summary>
public sealed class PowerCutTests
{
    private const int Steps = 150;
    private const int StepsBetweenSyncs = 10;

    private string _path = null!;
    private readonly List<string> _problems = [];
    // The notes after each write, in order (the write under way included): a cut may leave any of them from the
    // last sync on.
    private readonly List<Dictionary<int, string>> _states = [];
    private int _lastSyncedState;
    private int _checks;

    [SetUp]
    public void SetUp() => _path = Path.Combine(Path.GetTempPath(), $"missionbot-power-{Guid.NewGuid():N}.db");

    [TearDown]
    public void TearDown()
    {
        foreach (var path in new[] { _path, CopyPath })
        {
            File.Delete(path);
            File.Delete(BotDatabase.LogFilePath(path));
        }
    }

    private string LogPath => BotDatabase.LogFilePath(_path);

    private string CopyPath => _path + ".cut.db";

    [Test]
    public void APowerCut_AroundACheckpoint_LeavesADatabaseThatOpens_WithEverythingSavedBeforeTheLastSync()
    {
        var disk = new PowerCutDisk();
        var cuts = 0;
        var logRewrittenSinceCut = true;
        disk.Changed = (path, change) =>
        {
            if (path == _path && change == PowerCutDisk.Change.Write)
            {
                // The data file's new pages may reach the disk now, and the log be no further than its last sync.
                Expect(!disk.ChangedSinceSync(LogPath), "a page of the data file went out before the log was on the disk");
                CheckDatabaseAfterAPowerCut(data: PowerCutDisk.Current(_path), log: disk.Synced(LogPath));
            }
            else if (path == LogPath && change == PowerCutDisk.Change.Cut)
            {
                cuts++;
                logRewrittenSinceCut = false;
                // The log may be empty on the disk now, and the data file no further than its last sync.
                Expect(!disk.ChangedSinceSync(_path), "the log was emptied before the data file was on the disk");
                CheckDatabaseAfterAPowerCut(data: disk.Synced(_path), log: PowerCutDisk.Current(LogPath));
            }
            else if (path == LogPath && !logRewrittenSinceCut)
            {
                logRewrittenSinceCut = true;
                // The next commit's log pages may reach the disk now; the emptying of the log must be there too.
                CheckDatabaseAfterAPowerCut(data: disk.Synced(_path), log: disk.CurrentOverSynced(LogPath));
            }
        };

        _states.Add([]);
        using (var db = new BotDatabase(_path, syncToDiskMilliseconds: 60_000, disk.For, testCollections: ["notes"]))
        {
            var notes = db.Collection<BsonDocument>("notes");
            notes.EnsureIndex("step");
            var current = new Dictionary<int, string>();
            for (var step = 1; step <= Steps; step++)
            {
                // Inserts, rewrites and deletes: pages are reused, and an index may point at a removed note.
                Write(current, step, step, () => notes.Insert(Note(step, step)));
                if (step % 3 == 0 && current.ContainsKey(step / 2))
                {
                    Write(current, step / 2, step, () => notes.Update(Note(step / 2, step)));
                }
                if (step % 5 == 0 && current.ContainsKey(step / 3))
                {
                    Write(current, step / 3, null, () => notes.Delete(step / 3));
                }
                if (step % StepsBetweenSyncs == 0)
                {
                    // What the timer does every second.
                    db.SyncToDisk();
                    lock (_states)
                    {
                        _lastSyncedState = _states.Count - 1;
                    }
                }
            }
            disk.Changed = null;
        }

        Assert.Multiple(() =>
        {
            Assert.That(_problems, Is.Empty);
            Assert.That(cuts, Is.GreaterThanOrEqualTo(2), "the log was copied into the data file and emptied");
            Assert.That(_checks, Is.GreaterThan(2 * cuts), "power cuts tried");
        });
    }

    [Test]
    public void ANewDatabase_HasTheNamesOfItsFilesOnTheDisk_BeforeItsFirstPage_AndReopeningSyncsNothingMore()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"missionbot-new-{Guid.NewGuid():N}");
        var path = Path.Combine(directory, "bot.db");
        var disk = new PowerCutDisk();
        IReadOnlyList<string>? syncedBeforeFirstPage = null;
        disk.Changed = (_, _) => syncedBeforeFirstPage ??= disk.SyncedDirectories;
        try
        {
            using (var db = new BotDatabase(path, syncToDiskMilliseconds: 60_000, disk.For))
            {
                db.Missions.Insert(new MissionBot.Missions.Mission { Number = 1, Title = "Affiche" });
            }
            var syncedAtCreation = disk.SyncedDirectories;
            using (new BotDatabase(path, syncToDiskMilliseconds: 60_000, disk.For))
            {
            }

            Assert.Multiple(() =>
            {
                // The new directory's own name lives in its parent.
                Assert.That(syncedBeforeFirstPage, Is.EqualTo(new[] { directory, Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar) }));
                Assert.That(disk.SyncedDirectories, Is.EqualTo(syncedAtCreation), "files already there: nothing to sync");
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private void Write(Dictionary<int, string> current, int id, int? step, Action write)
    {
        if (step is { } version)
        {
            current[id] = Note(id, version)["text"].AsString;
        }
        else
        {
            current.Remove(id);
        }
        lock (_states)
        {
            _states.Add(new(current));
        }
        write();
    }

    // 6 KB: about three log pages a note, so the log is copied into the data file every 70 writes or so.
    private static BsonDocument Note(int id, int step) =>
        new() { ["_id"] = id, ["step"] = step, ["text"] = $"{id}@{step}:" + new string('n', 6000) };

    private void CheckDatabaseAfterAPowerCut(byte[] data, byte[] log)
    {
        lock (_states)
        {
            CheckOpenedCopy(data, log);
        }
    }

    private void CheckOpenedCopy(byte[] data, byte[] log)
    {
        _checks++;
        File.WriteAllBytes(CopyPath, data);
        File.WriteAllBytes(BotDatabase.LogFilePath(CopyPath), log);
        try
        {
            using var restarted = TestBotDatabases.Open(CopyPath, syncToDiskMilliseconds: 60_000, "notes");
            var notes = restarted.Collection<BsonDocument>("notes");
            var found = notes.FindAll().ToDictionary(note => note["_id"].AsInt32, note => note["text"].AsString);
            var throughIndex = notes.Find(Query.GTE("step", 0)).Select(note => note["_id"].AsInt32).Order();
            Expect(throughIndex.SequenceEqual(found.Keys.Order()), "the index on step and the notes disagree");
            Expect(found.Keys.All(id => notes.FindById(id)?["text"].AsString == found[id]), "a note not found by its id");
            var foundState = _states.FindIndex(_lastSyncedState, state => SameNotes(state, found));
            Expect(foundState >= 0, $"{found.Count} notes found, in no state since the last sync ({_states[_lastSyncedState].Count} notes)");
            // And the bot goes on writing: pages a damaged file believes free are in use.
            for (var id = 10_000; id < 10_040; id++)
            {
                notes.Insert(Note(id, 0));
            }
            restarted.Raw.Checkpoint();
            Expect(notes.Count() == found.Count + 40, "notes written after the restart lost or doubled");
            Expect(found.Keys.All(id => notes.FindById(id)?["text"].AsString == found[id]), "a note damaged by the writes after the restart");
        }
        catch (Exception ex) when (ex is LiteException or IOException or InvalidOperationException)
        {
            _problems.Add($"the database did not open after the cut: {ex.Message} (state {_lastSyncedState} synced)");
        }
    }

    private static bool SameNotes(Dictionary<int, string> expected, Dictionary<int, string> found) =>
        expected.Count == found.Count && expected.All(note => found.TryGetValue(note.Key, out var text) && text == note.Value);

    private void Expect(bool condition, string problem)
    {
        if (!condition)
        {
            _problems.Add($"{problem} (state {_lastSyncedState} synced)");
        }
    }
}

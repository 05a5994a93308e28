using LiteDB;
using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

/// <summary>
/// With the disk synced on a timer (Storage:SyncToDiskMilliseconds above 0), a power cut may lose what came since
/// the last sync, and nothing more: the database must open after it, whole. The dangerous moment is a checkpoint,
/// when LiteDB copies its log into the data file and then empties the log.
/// </summary>
public sealed class PowerCutTests
{
    private const int Notes = 200;
    private const int NotesBetweenSyncs = 10;
    private static readonly string Text = new('n', 6000);

    private string _path = null!;
    private readonly List<string> _problems = [];
    private int _savedBeforeLastSync;
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
    public void APowerCut_DuringACheckpoint_LeavesADatabaseThatOpens_WithEverythingSavedBeforeTheLastSync()
    {
        // 6 KB notes: about three log pages each, so the log is copied into the data file every 80 notes or so.
        var disk = new PowerCutDisk();
        var cuts = 0;
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
                // The log may be empty on the disk now, and the data file no further than its last sync.
                Expect(!disk.ChangedSinceSync(_path), "the log was emptied before the data file was on the disk");
                CheckDatabaseAfterAPowerCut(data: disk.Synced(_path), log: PowerCutDisk.Current(LogPath));
            }
        };

        using (var db = new BotDatabase(_path, syncToDiskMilliseconds: 60_000, disk.For))
        {
            var notes = db.Collection<BsonDocument>("notes");
            for (var i = 0; i < Notes; i++)
            {
                notes.Insert(new BsonDocument { ["_id"] = i, ["text"] = Text });
                if ((i + 1) % NotesBetweenSyncs == 0)
                {
                    // What the timer does every second.
                    db.SyncToDisk();
                    _savedBeforeLastSync = i + 1;
                }
            }
            disk.Changed = null;
        }

        Assert.Multiple(() =>
        {
            Assert.That(_problems, Is.Empty);
            Assert.That(cuts, Is.GreaterThanOrEqualTo(2), "the log was copied into the data file and emptied");
            Assert.That(_checks, Is.GreaterThan(cuts), "power cuts tried");
        });
    }

    private void CheckDatabaseAfterAPowerCut(byte[] data, byte[] log)
    {
        _checks++;
        File.WriteAllBytes(CopyPath, data);
        File.WriteAllBytes(BotDatabase.LogFilePath(CopyPath), log);
        try
        {
            using var restarted = new BotDatabase(CopyPath, syncToDiskMilliseconds: 60_000);
            var found = restarted.Collection<BsonDocument>("notes").FindAll().ToList();
            var ids = found.Select(note => note["_id"].AsInt32).ToList();
            Expect(ids.SequenceEqual(Enumerable.Range(0, ids.Count)), $"notes missing in the middle: {string.Join(',', ids)}");
            Expect(ids.Count >= _savedBeforeLastSync, $"{ids.Count} notes found, {_savedBeforeLastSync} synced before the cut");
            Expect(found.All(note => note["text"].AsString == Text), "a note's text damaged");
        }
        catch (Exception ex) when (ex is LiteException or IOException or InvalidOperationException)
        {
            _problems.Add($"the database did not open after the cut ({_savedBeforeLastSync} notes synced): {ex.Message}");
        }
    }

    private void Expect(bool condition, string problem)
    {
        if (!condition)
        {
            _problems.Add($"{problem} ({_savedBeforeLastSync} notes synced)");
        }
    }
}

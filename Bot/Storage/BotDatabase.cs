using System.Collections.Frozen;
using LiteDB;
using MissionBot.Hosting;
using MissionBot.Chat.Outbox;
using MissionBot.Missions;
using MissionBot.People;

namespace MissionBot.Storage;

/// <summary>
/// The single LiteDB file. One shared instance per process. Reads run side by side; writes take turns, one at
/// a time across every collection (<see cref="OneWriterEngine"/> says why). Commits reach the operating
/// system before the write that made them returns, and the disk every <see cref="StorageOptions.SyncToDiskMilliseconds"/> (see
/// <see cref="DeferredSyncFileStream"/>); with 0, LiteDB syncs the disk at every commit.
/// </summary>
public sealed class BotDatabase : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly OneWriterEngine _engine;
    private readonly DeferredSyncFileStream? _data;
    private readonly DeferredSyncFileStream? _log;
    private readonly Timer? _sync;
    /// <summary>The collections this database keeps, all created when it opens.</summary>
    private readonly FrozenSet<string> _listed;

    /// <summary>
    /// How many pages LiteDB's log holds before they are copied into the data file (LiteDB's default: 1,000).
    /// The copy runs inside the commit that fills the log, and holds every other write back meanwhile: at 1,000
    /// pages (8 MB) about 8 ms, about every 13 volunteer replies, which was most of the bot's slowest
    /// acknowledgements; at 250 pages about 3 ms, for the same total work (bench/RESULTS.md, item 39). Since each
    /// copy also waits for three syncs to the disk (item 41), smaller still: at 64 pages, a copy about every three
    /// replies, the bot's slowest acknowledgements at 50 and 100 replies/s came down by about a fifth (item 45).
    /// A disk whose syncs are slow (a spinning one, an SD card) pays them more often: about one a reply.
    /// </summary>
    public const int CheckpointPages = 64;

    /// <summary>
    /// Pages of the log kept for reading again: all of it (a checkpoint overshoots by one commit's pages). Each
    /// checkpoint reads back every page of the log, which then costs no system call (bench/RESULTS.md, item 40).
    /// </summary>
    private const int CachedLogPages = CheckpointPages + 64;

    /// <summary>
    /// Pages of the data file kept for reading again (4 MB). A checkpoint empties LiteDB's own cache, and LiteDB
    /// then reads the pages it uses most from the file again, about twenty per reply.
    /// </summary>
    private const int CachedDataPages = 512;

    public BotDatabase(string path, int syncToDiskMilliseconds = StorageOptions.DefaultSyncToDiskMilliseconds)
        : this(path, syncToDiskMilliseconds, _ => SystemFileCalls.Instance)
    {
    }

    /// <param name="fileCallsFor">
    /// The system calls that change a file, given its path, when LiteDB does not own the files (tests).
    /// </param>
    /// <param name="testCollections">Collections a test keeps besides the bot's (<see cref="CollectionNames"/>).</param>
    internal BotDatabase(
        string path,
        int syncToDiskMilliseconds,
        Func<string, IFileCalls> fileCallsFor,
        IEnumerable<string>? testCollections = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegative(syncToDiskMilliseconds);
        foreach (var directory in CreateOwnerOnly(path))
        {
            // Before LiteDB writes anything: a file whose name is not on the disk is lost whole by a power cut.
            fileCallsFor(path).FlushDirectoryToDisk(directory);
        }
        var mapper = CreateMapper();
        if (syncToDiskMilliseconds == 0 || path.Contains(":memory:", StringComparison.Ordinal))
        {
            _engine = new OneWriterEngine(new LiteDB.Engine.LiteEngine(new LiteDB.Engine.EngineSettings { Filename = path }));
        }
        else
        {
            _log = new DeferredSyncFileStream(LogFilePath(path), CachedLogPages, calls: fileCallsFor(LogFilePath(path)));
            try
            {
                _data = new DeferredSyncFileStream(path, CachedDataPages, writtenFirst: _log, calls: fileCallsFor(path));
                _engine = new OneWriterEngine(new LiteDB.Engine.LiteEngine(new LiteDB.Engine.EngineSettings { DataStream = _data, LogStream = _log }), _log);
            }
            catch
            {
                _data?.Dispose();
                _log.Dispose();
                throw;
            }
            var period = TimeSpan.FromMilliseconds(syncToDiskMilliseconds);
            _sync = new Timer(_ => SyncToDisk(), null, period, period);
        }
        _db = new LiteDatabase(_engine, mapper);
        // Dates come back in UTC, as the domain writes them (LiteDB's default is the server's local time).
        _db.UtcDate = true;
        _db.CheckpointSize = CheckpointPages;
        _listed = CollectionNames.All.Concat(testCollections ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        try
        {
            CreateListedCollections();
            Missions = Collection<Mission>(CollectionNames.Missions);
            Candidacies = Collection<Candidacy>(CollectionNames.Candidacies);
            People = Collection<Person>(CollectionNames.People);
            ProcessedMessages = Collection<ProcessedMessage>(CollectionNames.ProcessedMessages);
            Watermarks = Collection<ChannelWatermark>(CollectionNames.Watermarks);
            Outbox = Collection<OutboxEntry>(CollectionNames.Outbox);
            EnsureIndexes();
            foreach (var name in KeysKeptInMemory)
            {
                _storedKeys[name] = new StoredKeys();
                _engine.KeepKeysOf(name, _storedKeys[name]);
                RefreshStoredKeys(name);
            }
        }
        catch
        {
            // A disk that refuses the first writes: the timer and the files go with the failure.
            try
            {
                Dispose();
            }
            catch (Exception)
            {
                // The first failure is the one to report.
            }
            throw;
        }
    }

    /// <summary>
    /// Collections looked up by key mostly for keys they do not hold (a new post, a new candidacy, a new outbox
    /// entry): their keys are kept in memory (<see cref="StoredKeys"/>, <see cref="MayHold"/>).
    /// </summary>
    private static readonly string[] KeysKeptInMemory = [CollectionNames.ProcessedMessages, CollectionNames.Candidacies, CollectionNames.Outbox];

    private readonly Dictionary<string, StoredKeys> _storedKeys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// False only when <paramref name="collection"/> certainly holds no document with this key: the lookup can be
    /// spared. Always true for a collection whose keys are not kept in memory.
    /// </summary>
    public bool MayHold(string collection, string key) => !_storedKeys.TryGetValue(collection, out var keys) || keys.MayHold(key);

    /// <summary>
    /// Reads again the keys <paramref name="collection"/> holds (after a large deletion: the keys of deleted documents
    /// stay in memory until then). No write runs meanwhile, so no key written meanwhile is missed.
    /// </summary>
    public void RefreshStoredKeys(string collection)
    {
        if (!_storedKeys.TryGetValue(collection, out var keys))
        {
            return;
        }
        lock (_engine.WriteGate)
        {
            // Only the key is selected: LiteDB reads it from the index, not the documents.
            keys.Replace(_db.GetCollection(collection).Query().Select("$._id").ToDocuments().Select(d => d["_id"]).ToList());
        }
    }

    public ILiteCollection<Mission> Missions { get; }

    public ILiteCollection<Candidacy> Candidacies { get; }

    public ILiteCollection<Person> People { get; }

    public ILiteCollection<ProcessedMessage> ProcessedMessages { get; }

    public ILiteCollection<ChannelWatermark> Watermarks { get; }

    /// <summary>Active candidacies per mission, kept in step with <see cref="Candidacies"/>.</summary>
    public ActiveCandidacyCounts ActiveCandidacies { get; } = new();

    public ILiteCollection<OutboxEntry> Outbox { get; }

    /// <summary>How documents map to classes (repositories register their ids here).</summary>
    public BsonMapper Mapper => _db.Mapper;

    /// <summary>The raw database, for tests that read it.</summary>
    internal LiteDatabase Raw => _db;

    /// <summary>
    /// A collection of this database (its writes take their turn in the engine). Only a listed one
    /// (<see cref="CollectionNames"/>): they all exist once the database is open.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not listed.</exception>
    public ILiteCollection<T> Collection<T>(string name)
    {
        if (!_listed.Contains(name))
        {
            throw new ArgumentException(
                $"The collection '{name}' is not in CollectionNames.All: the database creates its collections when it opens.", nameof(name));
        }
        return _db.GetCollection<T>(name);
    }

    /// <summary>
    /// Creates the listed collections that the file does not have yet, empty, before any other thread has the
    /// database. LiteDB 5 creates a collection with its first document, and:
    /// <list type="bullet">
    /// <item>a read running at that moment can find the collection's first page before that page is in the read's
    /// view: it fails with "page type must be collection page", which LiteDB takes for a damaged file, and it closes
    /// the database until a restart (seen under load with the first volunteer replies of a new database,
    /// Bot.Tests/Missions/ReplyRecordingTests.cs);</item>
    /// <item>every read finds its collection in a list that LiteDB reads without a lock, and that the creating
    /// commit changes in place: asking whether a collection existed failed with "Collection was modified" while
    /// another thread created one (bench/RESULTS.md, item 49).</item>
    /// </list>
    /// A document added to each and removed in one transaction leaves the collections created and empty, or, if
    /// interrupted, none of them.
    /// </summary>
    private void CreateListedCollections()
    {
        var missing = _listed.Except(_db.GetCollectionNames(), StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        lock (_engine.WriteGate)
        {
            RunLocked(() =>
            {
                foreach (var raw in missing.Select(name => _db.GetCollection(name)))
                {
                    raw.Insert(new BsonDocument { ["_id"] = CreationMarkId });
                    raw.Delete(CreationMarkId);
                }
            }, new OpenTransactionState());
        }
    }

    private const string CreationMarkId = "(collection created)";

    /// <summary>
    /// Runs <paramref name="writes"/> in one transaction (all or nothing), no other write meanwhile. A transaction
    /// takes every lock a write of this database may take, in the one order they are always taken in (the active
    /// candidacies' counts, the outbox, the write turn), so that its writes may touch any collection without
    /// waiting for a thread that waits for it. Messages the outbox records inside go once it commits
    /// (<see cref="OpenTransaction"/>).
    /// </summary>
    public void InOneTransaction(Action writes)
    {
        var transaction = new OpenTransactionState();
        try
        {
            lock (ActiveCandidacies.Gate)
            lock (Outbox)
            lock (_engine.WriteGate)
            {
                RunLocked(writes, transaction);
            }
        }
        catch
        {
            // After the locks: what waited for this transaction (a send) may take them.
            transaction.Kept.TrySetCanceled();
            throw;
        }
        transaction.Kept.TrySetResult();
    }

    /// <summary>
    /// The calling thread's open transaction: a task done when it commits, cancelled when it is rolled back; null
    /// when the thread has none. A message recorded inside waits for it before it goes: what was not kept is not sent.
    /// </summary>
    public Task? OpenTransaction => OpenOnThisThread?.Kept.Task;

    /// <summary>
    /// Inside a transaction (<see cref="OpenTransaction"/>), runs <paramref name="undo"/> if it is rolled back, still
    /// holding its locks: memory kept in step with a write (a count, a pending list) goes back with it. Outside one
    /// there is nothing to undo: a write that fails alone throws before its caller changes anything in memory.
    /// </summary>
    public void IfRolledBack(Action undo)
    {
        OpenOnThisThread?.Undo.Add(undo);
    }

    /// <summary>Set and read only by the thread holding the write turn (another thread never finds its own id there).</summary>
    private OpenTransactionState? _openTransaction;

    private OpenTransactionState? OpenOnThisThread =>
        _openTransaction is { } open && open.Thread == Environment.CurrentManagedThreadId ? open : null;

    private void RunLocked(Action writes, OpenTransactionState transaction)
    {
#pragma warning disable RS0030 // Explicit transactions belong here, under the write gate.
        // LiteDB answers false, rather than failing, when this thread already has a transaction (a nested
        // call would commit the outer one early) or when a failed write inside already rolled it back.
        if (!_db.BeginTrans())
        {
            throw new InvalidOperationException("A transaction is already open on this thread.");
        }
        _openTransaction = transaction;
        try
        {
            writes();
            if (!_db.Commit())
            {
                throw new InvalidOperationException("The transaction ended before its commit; nothing of it was kept.");
            }
        }
        catch
        {
            try
            {
                _db.Rollback();
            }
            catch (Exception)
            {
                // For instance closed after a failed write (OneWriterEngine): the first failure is the one to report.
            }
            // Newest first: memory changed twice in one transaction goes back to what it was before the first change.
            for (var i = transaction.Undo.Count - 1; i >= 0; i--)
            {
                transaction.Undo[i]();
            }
            throw;
        }
        finally
        {
            _openTransaction = null;
        }
#pragma warning restore RS0030
    }

    private sealed class OpenTransactionState
    {
        public int Thread { get; } = Environment.CurrentManagedThreadId;

        public TaskCompletionSource Kept { get; } = new();

        public List<Action> Undo { get; } = [];
    }

    /// <summary>
    /// Copies the log into the data file, after rewriting the file without its free pages when LiteDB can (it
    /// rebuilds only a file it opened by name: with <see cref="StorageOptions.SyncToDiskMilliseconds"/> at 0). Either
    /// way erased documents are not left in the file: LiteDB zeroes a deleted block (Bot.Tests/Privacy checks the
    /// file's bytes). No other write meanwhile.
    /// </summary>
    public void Rebuild()
    {
        lock (_engine.WriteGate)
        {
            _db.Rebuild();
            _db.Checkpoint();
        }
    }

    public void Dispose()
    {
        _sync?.Dispose();
        _db.Dispose();
        _log?.Dispose();
        _data?.Dispose();
    }

    /// <summary>What the timer does every <see cref="StorageOptions.SyncToDiskMilliseconds"/>.</summary>
    internal void SyncToDisk()
    {
        try
        {
            _log?.SyncToDisk();
            _data?.SyncToDisk();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // Stopping (disposed meanwhile) or a disk error that the next write will report to its caller.
        }
    }

    private void EnsureIndexes()
    {
        Missions.EnsureIndex(m => m.AnnouncementPostId);
        Missions.EnsureIndex(m => m.Status);
        Missions.EnsureIndex(m => m.OwnerId);
        Candidacies.EnsureIndex(c => c.Key, unique: true);
        Candidacies.EnsureIndex(c => c.MissionNumber);
        Candidacies.EnsureIndex(c => c.PersonId);
        People.EnsureIndex(p => p.Username);
        // Delivery records have no index but their key (each one was a page more in every write of a reply,
        // bench/RESULTS.md item 43): the pruning walks the keys (ChunkedDelete), and the outbox's pending entries
        // are kept in memory. Databases of earlier versions have them.
        ProcessedMessages.DropIndex(nameof(ProcessedMessage.At));
        Outbox.DropIndex(nameof(OutboxEntry.State));
        Outbox.DropIndex(nameof(OutboxEntry.CreatedAt));
    }

    private static BsonMapper CreateMapper()
    {
        // LiteDB's defaults turn "" into null and trim strings: our records use "" for "not given"
        // and keep people's text exactly as typed.
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        mapper.Entity<Mission>().Id(m => m.Number, autoId: true).Ignore(m => m.IsOpen);
        mapper.Entity<Candidacy>().Id(c => c.Key, autoId: false);
        mapper.Entity<Person>().Id(p => p.Id, autoId: false);
        mapper.Entity<ProcessedMessage>().Id(p => p.Id, autoId: false);
        mapper.Entity<ChannelWatermark>().Id(w => w.ChannelId, autoId: false);
        mapper.Entity<OutboxEntry>().Id(e => e.Key, autoId: false);
        return mapper;
    }

    /// <summary>
    /// The database holds personal data: it is created readable by the bot's user only, and so is LiteDB's log
    /// file (which holds recent writes, and which LiteDB would otherwise create with the default permissions).
    /// </summary>
    /// <summary>
    /// Creates what is missing of the database's directory and files (the files readable by the bot's user only);
    /// returns the directories whose entries changed, to be synced: the database's own when a file was created, and
    /// its parent when the directory itself was.
    /// </summary>
    private static List<string> CreateOwnerOnly(string path)
    {
        var changed = new List<string>();
        if (path.Contains(":memory:", StringComparison.Ordinal))
        {
            return changed;
        }
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            if (Path.GetDirectoryName(directory) is { Length: > 0 } parent)
            {
                changed.Add(parent);
            }
        }
        if (OperatingSystem.IsWindows())
        {
            // NTFS journals names, and file modes are not Unix modes.
            return [];
        }
        if (CreateFileOwnerOnly(fullPath) | CreateFileOwnerOnly(LogFilePath(fullPath)))
        {
            changed.Insert(0, directory);
        }
        return changed;
    }

    /// <summary>Where LiteDB keeps its log: "missionbot.db" → "missionbot-log.db", next to it.</summary>
    public static string LogFilePath(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>True when this call created the file.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool CreateFileOwnerOnly(string path)
    {
        if (File.Exists(path))
        {
            return false;
        }
        try
        {
            using var _ = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created meanwhile (LiteDB or another start): its mode is not ours to change, nor its name ours to sync.
            return false;
        }
    }
}

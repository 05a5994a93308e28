using LiteDB;
using LiteDB.Engine;

namespace MissionBot.Storage;

/// <summary>
/// The LiteDB engine with one writer at a time: every call that writes waits for <see cref="WriteGate"/>; queries
/// go straight through. LiteDB 5 lets transactions on different collections run at the same time, and they race
/// on the shared list of free pages: a page ends up used twice and the file is corrupt ("empty page must be
/// defined as empty type", index nodes read out of bounds). Reproduced in well under a second with parallel
/// writes to separate collections (Bot.Tests/Storage/OneWriterTests.cs), and seen in the catch-up benchmark.
/// Every write of the database reaches the engine, whatever the API that made it (collections, SQL, file storage).
/// </summary>
#pragma warning disable RS0030 // Forwards LiteDB's whole engine, transactions and Query included.
internal sealed class OneWriterEngine(ILiteEngine inner, DeferredSyncFileStream? log = null) : ILiteEngine
{
    /// <summary>Held by each write, and by <see cref="BotDatabase.InOneTransaction"/> for a whole transaction.</summary>
    public object WriteGate { get; } = new();

    /// <summary>Collections whose keys are kept in memory (<see cref="StoredKeys"/>); set up before any write.</summary>
    private readonly Dictionary<string, StoredKeys> _keysOf = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>From now on every key written to <paramref name="collection"/> goes into <paramref name="keys"/>.</summary>
    public void KeepKeysOf(string collection, StoredKeys keys) => _keysOf[collection] = keys;

    public IBsonDataReader Query(string collection, Query query) => inner.Query(collection, query);

    public BsonValue Pragma(string name) => inner.Pragma(name);

    public bool Pragma(string name, BsonValue value) => Write(() => inner.Pragma(name, value));

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) =>
        Write(() => KeepingKeys(collection, docs, written => inner.Insert(collection, written, autoId)));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Write(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Write(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) =>
        Write(() => KeepingKeys(collection, docs, written => inner.Upsert(collection, written, autoId)));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Write(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Write(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Write(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Write(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Write(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Write(() => inner.DropIndex(collection, name));

    public bool BeginTrans() => Write(inner.BeginTrans);

    public bool Commit() => Write(inner.Commit);

    public bool Rollback() => Write(inner.Rollback);

    public int Checkpoint() => Write(inner.Checkpoint);

    public long Rebuild(RebuildOptions options) => Write(() => inner.Rebuild(options));

    /// <summary>
    /// A write still running on another thread (a timer) finishes before the file closes. Never throws for a file
    /// that refuses writes: the write that failed first reported it (see <see cref="Write"/>).
    /// </summary>
    public void Dispose()
    {
        try
        {
            Write(() => { inner.Dispose(); return true; });
        }
        catch (IOException)
        {
            // Closing goes on; the database was closed when the failure happened.
        }
    }

    /// <summary>
    /// Runs the write, noting the keys of the documents it takes as LiteDB reads them (the list may be made as it
    /// is read: read twice, it would map the documents twice). Noted even when the write fails: a key too many only
    /// costs a lookup.
    /// </summary>
    private int KeepingKeys(string collection, IEnumerable<BsonDocument> docs, Func<IEnumerable<BsonDocument>, int> write)
    {
        if (collection is null || !_keysOf.TryGetValue(collection, out var keys))
        {
            return write(docs);
        }
        var taken = new List<BsonDocument>();
        try
        {
            return write(docs.Select(document =>
            {
                taken.Add(document);
                return document;
            }));
        }
        finally
        {
            // After the write: LiteDB gives a document its key as it inserts it, when it had none.
            keys.Add(taken);
        }
    }

    private void CloseAfterFailure()
    {
        try
        {
            inner.Dispose();
        }
        catch (Exception)
        {
            // Closing a database whose files refuse writes: what matters is that it is closed.
        }
    }

    private TResult Write<TResult>(Func<TResult> write)
    {
        lock (WriteGate)
        {
            // The pages of the log that this write adds reach the system together, when it ends.
            log?.HoldFlushes();
            TResult result;
            try
            {
                result = write();
            }
            catch
            {
                // The write's own failure is the one to report.
                log?.ReleaseFlushes(send: false);
                throw;
            }
            try
            {
                log?.ReleaseFlushes();
            }
            catch (IOException)
            {
                // The write's pages never reached the file, yet LiteDB holds it as committed and would answer
                // reads with it: closed now, as LiteDB closes itself on an I/O error of its own. The caller hears
                // of it and must not act as if the write were kept; every later call fails until a restart.
                CloseAfterFailure();
                throw;
            }
            return result;
        }
    }
}
#pragma warning restore RS0030

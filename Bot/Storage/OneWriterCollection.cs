using System.Linq.Expressions;
using LiteDB;

namespace MissionBot.Storage;

/// <summary>
/// A LiteDB collection whose writes wait for the database's single write gate (<see cref="BotDatabase"/>);
/// reads go straight through. LiteDB 5 lets transactions on different collections run at the same time, and
/// they race on the shared list of free pages: a page ends up used twice and the file is corrupt ("empty page
/// must be defined as empty type", index nodes read out of bounds). Reproduced in a few seconds with parallel
/// writes to separate collections (Bot.Tests/Storage/OneWriterTests.cs), and seen in the catch-up benchmark.
/// </summary>
#pragma warning disable RS0030 // Forwards LiteDB's whole interface, Query overloads included.
internal sealed class OneWriterCollection<T>(ILiteCollection<T> inner, object writeGate) : ILiteCollection<T>
{
    public string Name => inner.Name;

    public BsonAutoId AutoId => inner.AutoId;

    public EntityMapper EntityMapper => inner.EntityMapper;

    public ILiteCollection<T> Include<K>(Expression<Func<T, K>> keySelector) => new OneWriterCollection<T>(inner.Include(keySelector), writeGate);

    public ILiteCollection<T> Include(BsonExpression keySelector) => new OneWriterCollection<T>(inner.Include(keySelector), writeGate);

    public bool Upsert(T entity) => Write(() => inner.Upsert(entity));

    public int Upsert(IEnumerable<T> entities) => Write(() => inner.Upsert(entities));

    public bool Upsert(BsonValue id, T entity) => Write(() => inner.Upsert(id, entity));

    public bool Update(T entity) => Write(() => inner.Update(entity));

    public bool Update(BsonValue id, T entity) => Write(() => inner.Update(id, entity));

    public int Update(IEnumerable<T> entities) => Write(() => inner.Update(entities));

    public int UpdateMany(BsonExpression transform, BsonExpression predicate) => Write(() => inner.UpdateMany(transform, predicate));

    public int UpdateMany(Expression<Func<T, T>> extend, Expression<Func<T, bool>> predicate) => Write(() => inner.UpdateMany(extend, predicate));

    public BsonValue Insert(T entity) => Write(() => inner.Insert(entity));

    public void Insert(BsonValue id, T entity) => Write(() => { inner.Insert(id, entity); return true; });

    public int Insert(IEnumerable<T> entities) => Write(() => inner.Insert(entities));

    public int InsertBulk(IEnumerable<T> entities, int batchSize = 5000) => Write(() => inner.InsertBulk(entities, batchSize));

    public bool EnsureIndex(string name, BsonExpression expression, bool unique = false) => Write(() => inner.EnsureIndex(name, expression, unique));

    public bool EnsureIndex(BsonExpression expression, bool unique = false) => Write(() => inner.EnsureIndex(expression, unique));

    public bool EnsureIndex<K>(Expression<Func<T, K>> keySelector, bool unique = false) => Write(() => inner.EnsureIndex(keySelector, unique));

    public bool EnsureIndex<K>(string name, Expression<Func<T, K>> keySelector, bool unique = false) => Write(() => inner.EnsureIndex(name, keySelector, unique));

    public bool DropIndex(string name) => Write(() => inner.DropIndex(name));

    public bool Delete(BsonValue id) => Write(() => inner.Delete(id));

    public int DeleteAll() => Write(inner.DeleteAll);

    public int DeleteMany(BsonExpression predicate) => Write(() => inner.DeleteMany(predicate));

    public int DeleteMany(string predicate, BsonDocument parameters) => Write(() => inner.DeleteMany(predicate, parameters));

    public int DeleteMany(string predicate, params BsonValue[] args) => Write(() => inner.DeleteMany(predicate, args));

    public int DeleteMany(Expression<Func<T, bool>> predicate) => Write(() => inner.DeleteMany(predicate));

    public ILiteQueryable<T> Query() => inner.Query();

    public IEnumerable<T> Find(BsonExpression predicate, int skip = 0, int limit = int.MaxValue) => inner.Find(predicate, skip, limit);

    public IEnumerable<T> Find(Query query, int skip = 0, int limit = int.MaxValue) => inner.Find(query, skip, limit);

    public IEnumerable<T> Find(Expression<Func<T, bool>> predicate, int skip = 0, int limit = int.MaxValue) => inner.Find(predicate, skip, limit);

    public T FindById(BsonValue id) => inner.FindById(id);

    public T FindOne(BsonExpression predicate) => inner.FindOne(predicate);

    public T FindOne(string predicate, BsonDocument parameters) => inner.FindOne(predicate, parameters);

    public T FindOne(BsonExpression predicate, params BsonValue[] args) => inner.FindOne(predicate, args);

    public T FindOne(Expression<Func<T, bool>> predicate) => inner.FindOne(predicate);

    public T FindOne(Query query) => inner.FindOne(query);

    public IEnumerable<T> FindAll() => inner.FindAll();

    public int Count() => inner.Count();

    public int Count(BsonExpression predicate) => inner.Count(predicate);

    public int Count(string predicate, BsonDocument parameters) => inner.Count(predicate, parameters);

    public int Count(string predicate, params BsonValue[] args) => inner.Count(predicate, args);

    public int Count(Expression<Func<T, bool>> predicate) => inner.Count(predicate);

    public int Count(Query query) => inner.Count(query);

    public long LongCount() => inner.LongCount();

    public long LongCount(BsonExpression predicate) => inner.LongCount(predicate);

    public long LongCount(string predicate, BsonDocument parameters) => inner.LongCount(predicate, parameters);

    public long LongCount(string predicate, params BsonValue[] args) => inner.LongCount(predicate, args);

    public long LongCount(Expression<Func<T, bool>> predicate) => inner.LongCount(predicate);

    public long LongCount(Query query) => inner.LongCount(query);

    public bool Exists(BsonExpression predicate) => inner.Exists(predicate);

    public bool Exists(string predicate, BsonDocument parameters) => inner.Exists(predicate, parameters);

    public bool Exists(string predicate, params BsonValue[] args) => inner.Exists(predicate, args);

    public bool Exists(Expression<Func<T, bool>> predicate) => inner.Exists(predicate);

    public bool Exists(Query query) => inner.Exists(query);

    public BsonValue Min(BsonExpression keySelector) => inner.Min(keySelector);

    public BsonValue Min() => inner.Min();

    public K Min<K>(Expression<Func<T, K>> keySelector) => inner.Min(keySelector);

    public BsonValue Max(BsonExpression keySelector) => inner.Max(keySelector);

    public BsonValue Max() => inner.Max();

    public K Max<K>(Expression<Func<T, K>> keySelector) => inner.Max(keySelector);

    private TResult Write<TResult>(Func<TResult> write)
    {
        lock (writeGate)
        {
            return write();
        }
    }
}
#pragma warning restore RS0030

using System.Linq.Expressions;
using LiteDB;

namespace MissionBot.Storage;

/// <summary>
/// Large deletions in rounds of <see cref="ChunkSize"/> documents, each round its own short write. One
/// <c>DeleteMany</c> over months of delivery records is one transaction, and every write of the bot waits for it
/// (<see cref="OneWriterEngine"/>): 80,000 old outbox entries held every acknowledgement back for 1.4 s
/// (bench/RESULTS.notes.md, item 30). Between rounds the others' writes go through. The rounds walk the
/// collection once in key order, each from where the last one stopped: the condition needs no index of its own
/// (an index is a page more in every write, item 43), and finding them is a read, which holds no write back.
/// </summary>
public static class ChunkedDelete
{
    public const int ChunkSize = 100;

    /// <summary>
    /// Deletes every document matching <paramref name="predicate"/>, except those whose ids are in
    /// <paramref name="keep"/>; returns how many went.
    /// </summary>
    public static int DeleteInChunks<T>(this ILiteCollection<T> collection, Expression<Func<T, bool>> predicate, IReadOnlySet<BsonValue>? keep = null)
    {
        var removed = 0;
        var after = BsonValue.MinValue;
        while (true)
        {
            // Found outside the write turn (a query), then removed by id, which is a walk of the primary index.
            var ids = new BsonArray(collection.Query()
                .Where(StoredQueries.IdAfter(after))
                .Where(predicate)
                .OrderBy("_id")
                .Limit(ChunkSize)
                .ToDocuments()
                .Select(d => d["_id"]));
            if (ids.Count == 0)
            {
                return removed;
            }
            after = ids[^1];
            var doomed = keep is null ? ids : new BsonArray(ids.Where(id => !keep.Contains(id)));
            if (doomed.Count > 0)
            {
                removed += collection.DeleteMany(StoredQueries.IdIn(doomed));
            }
        }
    }
}

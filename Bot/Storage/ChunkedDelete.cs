using System.Linq.Expressions;
using LiteDB;

namespace MissionBot.Storage;

/// <summary>
/// Large deletions in rounds of <see cref="ChunkSize"/> documents, each round its own short write. One
/// <c>DeleteMany</c> over months of delivery records is one transaction, and every write of the bot waits for it
/// (<see cref="OneWriterEngine"/>): 80,000 old outbox entries held every acknowledgement back for 1.4 s
/// (bench/RESULTS.notes.md, item 30). Between rounds the others' writes go through.
/// </summary>
public static class ChunkedDelete
{
    public const int ChunkSize = 100;

    /// <summary>Deletes every document matching <paramref name="predicate"/>; returns how many went.</summary>
    /// <remarks>The predicate should be able to use an index: each round looks for the next documents.</remarks>
    public static int DeleteInChunks<T>(this ILiteCollection<T> collection, Expression<Func<T, bool>> predicate)
    {
        var removed = 0;
        while (true)
        {
            // Found outside the write turn (a query), then removed by id, which is a walk of the primary index.
            var ids = new BsonArray(collection.Query().Where(predicate).Limit(ChunkSize).ToDocuments().Select(d => d["_id"]));
            if (ids.Count == 0)
            {
                return removed;
            }
            var deleted = collection.DeleteMany(StoredQueries.IdIn(ids));
            if (deleted == 0)
            {
                // Removed meanwhile by someone else (an erasure), or not removable: never spin on the same round.
                return removed;
            }
            removed += deleted;
        }
    }
}

using LiteDB;

namespace MissionBot.Storage;

/// <summary>
/// The hashes of the string keys a collection holds, so that asking for a key it never held costs no lookup. Most
/// lookups of a volunteer reply are for something new (the post, the candidacy, the outbox entries), and LiteDB's
/// lookup by key walks its whole query pipeline: together about a sixth of a reply's cost (bench/RESULTS.md, item 56).
/// <para>
/// A superset of what is stored: every insert adds its key (<see cref="OneWriterEngine"/> sees them all, whatever
/// the API that made them), and keeps it if its transaction is rolled back; a deletion leaves its key until
/// <see cref="Replace"/>. A missing hash means "never stored"; a hash present means "look it up" (another key
/// may share it).
/// </para>
/// </summary>
internal sealed class StoredKeys
{
    private readonly Lock _gate = new();
    private HashSet<int> _hashes = [];

    /// <summary>False only for a key the collection certainly does not hold.</summary>
    public bool MayHold(string key)
    {
        lock (_gate)
        {
            return _hashes.Contains(Hash(key));
        }
    }

    /// <summary>Adds the keys of documents being written (string keys only: the others are never asked about).</summary>
    public void Add(IEnumerable<BsonDocument> written)
    {
        lock (_gate)
        {
            foreach (var document in written)
            {
                if (document.TryGetValue("_id", out var id) && id.IsString)
                {
                    _hashes.Add(Hash(id.AsString));
                }
            }
        }
    }

    /// <summary>Starts again from the keys the collection holds now (read with no write running).</summary>
    public void Replace(IEnumerable<BsonValue> storedKeys)
    {
        HashSet<int> hashes = [.. storedKeys.Where(k => k.IsString).Select(k => Hash(k.AsString))];
        lock (_gate)
        {
            _hashes = hashes;
        }
    }

    /// <summary>
    /// Keys differing only by case hash alike: LiteDB compares them ignoring case (its default collation), so a key
    /// stored as "ab" answers a lookup of "Ab".
    /// </summary>
    private static int Hash(string key) => StringComparer.OrdinalIgnoreCase.GetHashCode(key);
}

namespace MissionBot.Interpellation;

/// <summary>
/// What scoring reads for every member of a pool, stored column by column (one array per fact) so that
/// scoring 100k members walks contiguous memory instead of chasing one object per member. Also the
/// scratch counters a ranking fills (reused from one ranking to the next). Guarded by the index's lock.
/// </summary>
internal sealed class MemberColumns
{
    private int _capacity;

    public int[] PlaceId { get; private set; } = [];

    public long[] FirstSeenTicks { get; private set; } = [];

    /// <summary>Entries in the member's ping list (0 for most: their list is never read).</summary>
    public int[] PingCount { get; private set; } = [];

    /// <summary>Missions done, all time.</summary>
    public int[] MissionCount { get; private set; } = [];

    /// <summary>Scratch: the ranking that last touched the member, and its counts for that ranking.</summary>
    public int[] Seen { get; private set; } = [];

    public int[] DeclaredHits { get; private set; } = [];

    public int[] CooptHits { get; private set; } = [];

    public int[] DoneHits { get; private set; } = [];

    /// <summary>Makes room for member <paramref name="index"/>.</summary>
    public void Ensure(int index)
    {
        if (index < _capacity)
        {
            return;
        }
        var capacity = Math.Max(1024, Math.Max(index + 1, _capacity * 2));
        PlaceId = Grow(PlaceId, capacity);
        FirstSeenTicks = Grow(FirstSeenTicks, capacity);
        PingCount = Grow(PingCount, capacity);
        MissionCount = Grow(MissionCount, capacity);
        Seen = Grow(Seen, capacity);
        DeclaredHits = Grow(DeclaredHits, capacity);
        CooptHits = Grow(CooptHits, capacity);
        DoneHits = Grow(DoneHits, capacity);
        _capacity = capacity;
    }

    private static T[] Grow<T>(T[] array, int capacity)
    {
        Array.Resize(ref array, capacity);
        return array;
    }
}

using System.Runtime.InteropServices;

namespace MissionBot.Interpellation;

/// <summary>
/// What scoring reads about one member, in one 64-byte row (one cache line): a ranking over 100k people reads
/// rows from one array instead of chasing an object, its lists and their arrays per member. Also the scratch
/// counts the ranking in progress fills. Kept in step with <see cref="MemberFacts"/> by the index, under its lock.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct MemberRow
{
    /// <summary>How many recent pings a row holds; members pinged more often are read from their facts.</summary>
    public const int InlinePings = 3;

    public long FirstSeenTicks;

    /// <summary>The most recent pings (ticks, 0 when none), newest first.</summary>
    public long Ping0;
    public long Ping1;
    public long Ping2;

    /// <summary>Entries in the member's ping list.</summary>
    public int PingCount;

    /// <summary>Missions done, all time.</summary>
    public int MissionCount;

    /// <summary>The member's place as a small number (0: none).</summary>
    public int PlaceId;

    /// <summary>Scratch: the ranking that last touched the member, and its counts for that ranking.</summary>
    public int Seen;
    public int DeclaredHits;
    public int CooptHits;
    public int DoneHits;

    /// <summary>Pings at or after <paramref name="sinceTicks"/>, when the row holds them all (<see cref="PingCount"/> ≤ 3).</summary>
    public readonly int InlinePingsSince(long sinceTicks) =>
        (Ping0 != 0 && Ping0 >= sinceTicks ? 1 : 0) + (Ping1 != 0 && Ping1 >= sinceTicks ? 1 : 0) + (Ping2 != 0 && Ping2 >= sinceTicks ? 1 : 0);

    /// <summary>Copies the member's pings into the row (called after every change to them).</summary>
    public void SetPings(List<DateTime> pingTimes)
    {
        PingCount = pingTimes.Count;
        var n = pingTimes.Count;
        Ping0 = n > 0 ? pingTimes[n - 1].Ticks : 0;
        Ping1 = n > 1 ? pingTimes[n - 2].Ticks : 0;
        Ping2 = n > 2 ? pingTimes[n - 3].Ticks : 0;
    }
}

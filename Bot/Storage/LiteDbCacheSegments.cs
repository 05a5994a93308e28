using System.Reflection;
using LiteDB;

namespace MissionBot.Storage;

/// <summary>
/// Makes LiteDB's page cache grow in steps of at most <see cref="LargestSegmentPages"/> pages (2 MB) instead of
/// 1,000 (8 MB). LiteDB 5 allocates its cache in segments of 12, 50, 100, 500, then 1,000 pages, and never frees
/// them; before allocating one more it reuses idle pages only if more than a whole segment's worth is idle, so with
/// 8 MB segments up to 8 MB sat idle while another 8 MB was taken. Resident memory after load with 100k people:
/// 144 → 132 MB (bench/RESULTS.notes.md, item 32). Steps of 100 pages saved 4 MB more but raised the median reply
/// time at 100/s from 2.8–2.9 to 3.6–4.2 ms (LiteDB scans and sorts its cached pages at each extension). LiteDB has no setting for it: the sizes are a static array in an
/// internal class, changed here once, before the first engine is made. A LiteDB without that array keeps its own
/// sizes and the bot works as before; LiteDbCacheSegmentsTests fails on such an upgrade so that it is noticed.
/// </summary>
internal static class LiteDbCacheSegments
{
    public const int LargestSegmentPages = 250;

    private static readonly int[] Sizes = [12, 50, 100, LargestSegmentPages, LargestSegmentPages];

    /// <summary>True once LiteDB's segment sizes are ours.</summary>
    public static bool Applied { get; } = Apply();

    /// <summary>LiteDB's own array (the engine reads it at each extension), or null if this LiteDB has none.</summary>
    internal static int[]? LiteDbSizes() =>
        typeof(LiteDatabase).Assembly.GetType("LiteDB.Constants")
            ?.GetField("MEMORY_SEGMENT_SIZES", BindingFlags.Public | BindingFlags.Static)
            ?.GetValue(null) as int[];

    private static bool Apply()
    {
        if (LiteDbSizes() is not { } sizes || sizes.Length != Sizes.Length)
        {
            return false;
        }
        // Changed in place: every engine holds this very array.
        Sizes.CopyTo(sizes, 0);
        return true;
    }
}

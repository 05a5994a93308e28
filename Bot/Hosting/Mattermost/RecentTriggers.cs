using System.Collections.Concurrent;

namespace MissionBot.Hosting.Mattermost;

/// <summary>
/// Remembers the trigger_ids of recent button clicks. Mattermost gives every real click a fresh one, so a
/// click that comes again with a trigger_id already seen is a replay (of a captured request) and is refused.
/// Bounded: entries older than <see cref="Memory"/> are forgotten (Mattermost's trigger ids expire long before).
/// </summary>
public sealed class RecentTriggers(TimeProvider clock)
{
    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time a trigger id is presented; false for a repeat (or an empty id).</summary>
    public bool TryUse(string triggerId)
    {
        if (string.IsNullOrEmpty(triggerId))
        {
            return false;
        }
        var now = clock.GetUtcNow();
        if (_seen.Count >= MaxEntries)
        {
            Forget(now);
        }
        return _seen.TryAdd(triggerId, now);
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (id, at) in _seen)
        {
            if (now - at > Memory)
            {
                _seen.TryRemove(id, out _);
            }
        }
        if (_seen.Count >= MaxEntries)
        {
            // A flood of fresh ids: keep the newest half rather than grow without bound.
            foreach (var (id, _) in _seen.OrderBy(e => e.Value).Take(_seen.Count / 2).ToList())
            {
                _seen.TryRemove(id, out _);
            }
        }
    }
}

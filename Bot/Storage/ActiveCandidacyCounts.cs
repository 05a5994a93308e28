namespace MissionBot.Storage;

/// <summary>
/// How many active candidacies each mission has, counted once from the database and then kept up to date by
/// the writes: every reply re-renders the announcement and the owner's notice with this count, and counting a
/// popular mission's candidacies each time would cost more the more people answer. Writers change candidacies
/// while holding <see cref="Gate"/>, so a count is never taken halfway through a change.
/// </summary>
public sealed class ActiveCandidacyCounts
{
    private readonly Dictionary<int, int> _counts = [];

    public Lock Gate { get; } = new();

    /// <summary>The mission's count, counted with <paramref name="count"/> the first time.</summary>
    public int Get(int missionNumber, Func<int, int> count)
    {
        lock (Gate)
        {
            if (!_counts.TryGetValue(missionNumber, out var n))
            {
                n = count(missionNumber);
                _counts[missionNumber] = n;
            }
            return n;
        }
    }

    /// <summary>A candidacy became active (+1) or stopped being active (-1). Call while holding <see cref="Gate"/>.</summary>
    public void Add(int missionNumber, int change)
    {
        lock (Gate)
        {
            if (_counts.TryGetValue(missionNumber, out var n))
            {
                _counts[missionNumber] = n + change;
            }
        }
    }

    /// <summary>Candidacies changed outside the usual paths (a person erased): count again next time.</summary>
    public void Forget(int missionNumber)
    {
        lock (Gate)
        {
            _counts.Remove(missionNumber);
        }
    }
}

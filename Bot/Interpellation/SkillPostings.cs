namespace MissionBot.Interpellation;

/// <summary>
/// For one skill, the members (by column index) with evidence for it: any evidence (the pool), declared,
/// recommended, done. Plain lists of ints: a ranking reads them sequentially, without touching the members.
/// </summary>
internal sealed class SkillPostings
{
    public List<int> Any { get; } = [];

    public List<int> Declared { get; } = [];

    public List<int> Coopted { get; } = [];

    public List<int> Done { get; } = [];

    public bool IsEmpty => Any.Count == 0;

    /// <summary>Removes one member from a posting list (rare: a skill removed), keeping the others.</summary>
    public static void Remove(List<int> postings, int member)
    {
        var at = postings.IndexOf(member);
        if (at >= 0)
        {
            postings[at] = postings[^1];
            postings.RemoveAt(postings.Count - 1);
        }
    }
}

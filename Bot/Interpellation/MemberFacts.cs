using MissionBot.People.Skills;

namespace MissionBot.Interpellation;

/// <summary>
/// What the ranking knows about one member, kept in memory by <see cref="InterpellationIndex"/>:
/// declared skills, evidence (cooptations, missions done), recent pings and preferences.
/// Mutated only under the index's lock; the scoring functions only read it.
/// </summary>
public sealed class MemberFacts(string personId, string username)
{
    public string PersonId { get; } = personId;

    public string Username { get; set; } = username;

    /// <summary>Place as typed, and its folded form for comparisons.</summary>
    public string Place { get; set; } = "";

    public string PlaceKey { get; set; } = "";

    public DateTime FirstSeenAt { get; set; }

    /// <summary>True once the member set skills or preferences themselves.</summary>
    public bool HasProfile { get; set; }

    /// <summary>An array, not a list: the ranking loops over it for every member of the pool.</summary>
    public Skill[] Declared { get; set; } = [];

    /// <summary>Skill key → how many times someone recommended this member for it.</summary>
    public Dictionary<string, int> CooptedFor { get; } = [];

    /// <summary>Skill key → missions done with it (selected candidacies).</summary>
    public Dictionary<string, int> DoneWith { get; } = [];

    /// <summary>When each mission done happened, oldest first.</summary>
    public List<DateTime> MissionDates { get; } = [];

    /// <summary>When the bot solicited this member (all kinds), oldest first, trimmed to the history window.</summary>
    public List<DateTime> PingTimes { get; } = [];

    public bool Stopped { get; set; }

    public DateTime? PausedUntil { get; set; }

    public int? PingLimit { get; set; }

    /// <summary>Position in the index's columns (see <see cref="InterpellationIndex"/>); -1 outside an index.</summary>
    internal int Index { get; set; } = -1;

    public bool Declares(string skillKey)
    {
        var declared = Declared;
        for (var i = 0; i < declared.Length; i++)
        {
            if (string.Equals(declared[i].Key, skillKey, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the member has any evidence for the skill: declared, coopted or done.</summary>
    public bool HasEvidenceFor(string skillKey) =>
        Declares(skillKey) || CooptedFor.ContainsKey(skillKey) || DoneWith.ContainsKey(skillKey);

    /// <summary>Cooptations for a skill; the empty case (most members) costs no hashing.</summary>
    public int CooptationsFor(string skillKey) => CooptedFor.Count > 0 ? CooptedFor.GetValueOrDefault(skillKey) : 0;

    /// <summary>Missions done with a skill; the empty case (most members) costs no hashing.</summary>
    public int MissionsDoneWith(string skillKey) => DoneWith.Count > 0 ? DoneWith.GetValueOrDefault(skillKey) : 0;

    public int PingsSince(DateTime since) => CountSince(PingTimes, since);

    public int MissionsSince(DateTime since) => CountSince(MissionDates, since);

    public DateTime? LastPingAt => PingTimes.Count == 0 ? null : PingTimes[^1];

    public IEnumerable<string> EvidenceKeys() =>
        Declared.Select(s => s.Key).Concat(CooptedFor.Keys).Concat(DoneWith.Keys).Distinct(StringComparer.Ordinal);

    private static int CountSince(List<DateTime> times, DateTime since)
    {
        var count = 0;
        for (var i = times.Count - 1; i >= 0 && times[i] >= since; i--)
        {
            count++;
        }
        return count;
    }
}

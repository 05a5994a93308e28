using Microsoft.Extensions.Options;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.People.Skills;
using MissionBot.Storage;

namespace MissionBot.Interpellation;

/// <summary>
/// Everything the ranking needs, in memory: skill key → members with evidence for it, and per member their
/// skills, cooptations, missions done, recent pings and preferences. Loaded from LiteDB on first use and kept
/// up to date by every write that goes through it, so ranking never scans the database.
/// One lock guards it; <see cref="TryReserve"/> checks a cap and records the ping under that lock, so two
/// rankings running at once can never push someone over their limit.
/// </summary>
public sealed class InterpellationIndex(
    BotDatabase db,
    ProfileRepository profiles,
    PingRepository pings,
    CooptationRepository cooptations,
    MissionRepository missions,
    SkillCatalog catalog,
    IOptions<InterpellationOptions> options,
    TimeProvider clock,
    ILogger<InterpellationIndex> logger)
{
    private static readonly Comparer<ScoredMember> WorstFirst = Comparer<ScoredMember>.Create((a, b) => PingScoring.Compare(b, a));

    private readonly Lock _gate = new();
    private readonly Dictionary<string, MemberFacts> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<MemberFacts>> _bySkill = new(StringComparer.Ordinal);
    private readonly HashSet<AskKey> _asked = [];
    private bool _loaded;
    private int _stamp;

    private int DefaultLimit => options.Value.PingsPerWeek;

    /// <summary>Loads the index now rather than on first use (at start, so the first command is quick).</summary>
    public void Warm()
    {
        lock (_gate)
        {
            EnsureLoaded();
        }
    }

    public int MemberCount
    {
        get
        {
            lock (_gate)
            {
                EnsureLoaded();
                return _members.Count;
            }
        }
    }

    /// <summary>A member's profile changed (skills, place, pause, stop, limit).</summary>
    public void Apply(MemberProfile profile)
    {
        lock (_gate)
        {
            EnsureLoaded();
            ApplyLocked(profile);
        }
    }

    /// <summary>Someone recommended <paramref name="nominee"/> for these skills.</summary>
    public void AddCooptation(Person nominee, IEnumerable<string> skillKeys)
    {
        lock (_gate)
        {
            EnsureLoaded();
            var member = Ensure(nominee.Id, nominee.Username, nominee.FirstSeenAt);
            foreach (var key in skillKeys)
            {
                member.CooptedFor[key] = member.CooptedFor.GetValueOrDefault(key) + 1;
                IndexSkill(key, member);
            }
        }
    }

    /// <summary>
    /// A mission was done by this person (their candidacy was selected): it counts as evidence for its skills
    /// and for rotation. The selection feature calls this when it marks a candidacy Selected.
    /// </summary>
    public void AddMissionDone(Person person, Mission mission, DateTime at)
    {
        lock (_gate)
        {
            EnsureLoaded();
            AddDoneLocked(Ensure(person.Id, person.Username, person.FirstSeenAt), mission, at);
        }
    }

    /// <summary>
    /// Ranks the members for a mission and walks the ranking: returns the best <paramref name="wanted"/> people who
    /// may be asked now (plus as many spares, in case someone is taken by a concurrent ranking), and those ranked
    /// above them who may not. <paramref name="excluded"/> people are left out silently (the owner);
    /// <paramref name="candidates"/> are left out as "already candidate".
    /// </summary>
    public RankingOutcome Rank(
        MissionProfile mission,
        RankingPurpose purpose,
        int wanted,
        IReadOnlySet<string> excluded,
        IReadOnlySet<string> candidates)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var kind = purpose == RankingPurpose.Trust ? PingKind.CooptationQuestion : PingKind.Ping;
        lock (_gate)
        {
            EnsureLoaded();
            var pool = Gather(mission, purpose, now, excluded);
            // Only the head of the ranking is ever walked: select it rather than sort tens of thousands of people.
            // If too many of the head may not be asked, look further.
            var head = Math.Min(pool.Count, wanted * 2 + 32);
            while (true)
            {
                var (chosen, skipped) = Walk(TopOf(pool, head), mission, kind, now, wanted, candidates);
                if (chosen.Count >= wanted * 2 || head == pool.Count)
                {
                    return new RankingOutcome(chosen, skipped, pool.Count);
                }
                head = Math.Min(pool.Count, head * 4);
            }
        }
    }

    private (List<RankedMember> Chosen, List<SkippedMember> Skipped) Walk(
        List<ScoredMember> ranked, MissionProfile mission, PingKind kind, DateTime now, int wanted, IReadOnlySet<string> candidates)
    {
        var chosen = new List<RankedMember>();
        var skipped = new List<SkippedMember>();
        foreach (var scored in ranked)
        {
            var member = scored.Member;
            var reason = candidates.Contains(member.PersonId) ? SkipReason.AlreadyCandidate : RefusalLocked(member, mission.Number, kind, now);
            if (reason is null)
            {
                chosen.Add(Describe(scored, mission));
                if (chosen.Count >= wanted * 2)
                {
                    break;
                }
            }
            else if (chosen.Count < wanted)
            {
                skipped.Add(new SkippedMember(member.PersonId, member.Username, reason.Value, member.PausedUntil));
            }
        }
        return (chosen, skipped);
    }

    /// <summary>The best <paramref name="count"/> of the pool, best first (a bounded heap: O(n log count)).</summary>
    internal static List<ScoredMember> TopOf(List<ScoredMember> pool, int count)
    {
        if (count >= pool.Count)
        {
            var all = new List<ScoredMember>(pool);
            all.Sort((a, b) => PingScoring.Compare(a, b));
            return all;
        }
        // The heap's root is the worst member kept so far.
        var heap = new PriorityQueue<ScoredMember, ScoredMember>(count + 1, WorstFirst);
        foreach (var scored in pool)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(scored, scored);
            }
            else if (PingScoring.Compare(scored, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(scored, scored);
            }
        }
        var top = new List<ScoredMember>(heap.Count);
        while (heap.Count > 0)
        {
            top.Add(heap.Dequeue());
        }
        top.Reverse();
        return top;
    }

    /// <summary>
    /// Checks that <paramref name="person"/> may be asked about the mission now and, if so, records the ping (in
    /// LiteDB and here) before returning it. Returns the reason otherwise. Check and record happen under one lock.
    /// </summary>
    public (PingRecord? Ping, SkipReason? Refusal) TryReserve(Person person, int missionNumber, PingKind kind)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            EnsureLoaded();
            var member = Ensure(person.Id, person.Username, person.FirstSeenAt);
            if (RefusalLocked(member, missionNumber, kind, now) is { } refusal)
            {
                return (null, refusal);
            }
            var ping = new PingRecord { PersonId = person.Id, MissionNumber = missionNumber, Kind = kind, At = now };
            pings.Insert(ping);
            RecordPingLocked(member, ping);
            return (ping, null);
        }
    }

    /// <summary>Undoes a reservation whose message could not be delivered.</summary>
    public void Release(PingRecord ping)
    {
        lock (_gate)
        {
            pings.Delete(ping.Id);
            _asked.Remove(AskKey.For(ping.MissionNumber, ping.PersonId, ping.Kind));
            if (_members.TryGetValue(ping.PersonId, out var member))
            {
                member.PingTimes.Remove(ping.At);
            }
        }
    }

    /// <summary>Why this person may not be asked now; null when they may.</summary>
    public SkipReason? Refusal(string personId, int missionNumber, PingKind kind)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            EnsureLoaded();
            return _members.TryGetValue(personId, out var member)
                ? RefusalLocked(member, missionNumber, kind, now)
                : null;
        }
    }

    /// <summary>When this person's pause ends, if they are paused.</summary>
    public DateTime? PausedUntil(string personId)
    {
        lock (_gate)
        {
            EnsureLoaded();
            return _members.TryGetValue(personId, out var member) ? member.PausedUntil : null;
        }
    }

    /// <summary>Everyone with evidence for the skill, optionally at a place (folded, contained).</summary>
    public IReadOnlyList<WhoEntry> Who(string skillKey, string placeKey)
    {
        lock (_gate)
        {
            EnsureLoaded();
            if (!_bySkill.TryGetValue(skillKey, out var members))
            {
                return [];
            }
            return members
                .Where(m => placeKey.Length == 0 || m.PlaceKey.Contains(placeKey, StringComparison.Ordinal))
                .Select(m => new WhoEntry(
                    m.PersonId,
                    m.Username,
                    m.Declared.FirstOrDefault(s => s.Key == skillKey)?.Label,
                    m.CooptedFor.GetValueOrDefault(skillKey),
                    m.DoneWith.GetValueOrDefault(skillKey),
                    m.Place,
                    m.Stopped))
                .ToList();
        }
    }

    /// <summary>True when someone has evidence for this skill key.</summary>
    public bool IsSkillKnown(string skillKey)
    {
        lock (_gate)
        {
            EnsureLoaded();
            return _bySkill.ContainsKey(skillKey);
        }
    }

    private List<ScoredMember> Gather(MissionProfile mission, RankingPurpose purpose, DateTime now, IReadOnlySet<string> excluded)
    {
        var pool = new List<ScoredMember>();
        var stamp = ++_stamp;
        void Consider(MemberFacts member)
        {
            if (member.PoolStamp == stamp)
            {
                return;
            }
            member.PoolStamp = stamp;
            if (excluded.Contains(member.PersonId))
            {
                return;
            }
            var facts = PingScoring.Gather(member, mission, now);
            if (mission.Skills.Count > 0 && !facts.SkillMatched)
            {
                return;
            }
            var score = purpose == RankingPurpose.Trust ? PingScoring.TrustValue(facts) : PingScoring.Value(facts, mission.EntryDoor);
            pool.Add(new ScoredMember(member, facts, score));
        }

        if (mission.Skills.Count > 0)
        {
            foreach (var skill in mission.Skills)
            {
                if (_bySkill.TryGetValue(skill.Key, out var members))
                {
                    foreach (var member in members)
                    {
                        Consider(member);
                    }
                }
            }
        }
        else if (purpose == RankingPurpose.Ping)
        {
            // A mission without skills (often an entry-door one): everyone who set up a profile may fit.
            foreach (var member in _members.Values.Where(m => m.HasProfile))
            {
                Consider(member);
            }
        }
        return pool;
    }

    private static RankedMember Describe(ScoredMember scored, MissionProfile mission) => new(
        scored.Member.PersonId,
        scored.Member.Username,
        scored.Score,
        scored.Facts,
        scored.Member.Declared.Where(s => mission.Skills.Any(m => m.Key == s.Key)).Select(s => s.Label).ToList());

    private SkipReason? RefusalLocked(MemberFacts member, int missionNumber, PingKind kind, DateTime now)
    {
        if (_asked.Contains(AskKey.For(missionNumber, member.PersonId, kind)))
        {
            return SkipReason.AlreadyAsked;
        }
        if (member.Stopped)
        {
            return SkipReason.Stopped;
        }
        if (member.PausedUntil is { } until && until > now)
        {
            return SkipReason.Paused;
        }
        return member.PingsSince(now - ScoringWeights.CapWindow) >= (member.PingLimit ?? DefaultLimit) ? SkipReason.Capped : null;
    }

    private void RecordPingLocked(MemberFacts member, PingRecord ping)
    {
        _asked.Add(AskKey.For(ping.MissionNumber, ping.PersonId, ping.Kind));
        var times = member.PingTimes;
        var at = ping.At;
        var index = times.Count;
        while (index > 0 && times[index - 1] > at)
        {
            index--;
        }
        times.Insert(index, at);
        var horizon = clock.GetUtcNow().UtcDateTime - ScoringWeights.PingHistory;
        var old = 0;
        while (old < times.Count && times[old] < horizon)
        {
            old++;
        }
        times.RemoveRange(0, old);
    }

    private MemberFacts Ensure(string personId, string username, DateTime firstSeenAt)
    {
        if (!_members.TryGetValue(personId, out var member))
        {
            member = new MemberFacts(personId, username) { FirstSeenAt = firstSeenAt };
            _members[personId] = member;
        }
        else if (username.Length > 0)
        {
            member.Username = username;
        }
        return member;
    }

    private void ApplyLocked(MemberProfile profile)
    {
        var member = Ensure(profile.Id, profile.Username, profile.FirstSeenAt);
        var before = member.EvidenceKeys().ToList();
        // Re-resolve through the catalog: the synonyms file may have grown since the skill was stored.
        member.Declared = profile.Skills
            .Select(s => catalog.Resolve(s.Label) is { } resolved ? new Skill(resolved.Key, s.Label) : new Skill(s.Key, s.Label))
            .DistinctBy(s => s.Key)
            .ToList();
        member.Place = profile.Place;
        member.PlaceKey = SkillCatalog.Normalize(profile.Place);
        member.Stopped = profile.Stopped;
        member.PausedUntil = profile.PausedUntil?.ToUniversalTime();
        member.PingLimit = profile.PingLimit;
        member.HasProfile = true;
        foreach (var key in before.Where(k => !member.HasEvidenceFor(k)))
        {
            if (_bySkill.TryGetValue(key, out var set) && set.Remove(member) && set.Count == 0)
            {
                _bySkill.Remove(key);
            }
        }
        foreach (var skill in member.Declared)
        {
            IndexSkill(skill.Key, member);
        }
    }

    private void AddDoneLocked(MemberFacts member, Mission mission, DateTime at)
    {
        foreach (var key in MissionProfile.From(mission, catalog).Skills.Select(s => s.Key))
        {
            member.DoneWith[key] = member.DoneWith.GetValueOrDefault(key) + 1;
            IndexSkill(key, member);
        }
        var index = member.MissionDates.Count;
        while (index > 0 && member.MissionDates[index - 1] > at)
        {
            index--;
        }
        member.MissionDates.Insert(index, at);
    }

    private void IndexSkill(string key, MemberFacts member)
    {
        if (!_bySkill.TryGetValue(key, out var set))
        {
            set = [];
            _bySkill[key] = set;
        }
        set.Add(member);
    }

    private void EnsureLoaded()
    {
        if (_loaded)
        {
            return;
        }
        _loaded = true;
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var profile in profiles.All())
        {
            profile.FirstSeenAt = profile.FirstSeenAt.ToUniversalTime();
            ApplyLocked(profile);
        }
        foreach (var cooptation in cooptations.All())
        {
            var member = Ensure(cooptation.NomineeId, cooptation.NomineeUsername, DateTime.MinValue);
            foreach (var key in cooptation.SkillKeys.Select(k => catalog.Resolve(k)?.Key ?? k).Distinct(StringComparer.Ordinal))
            {
                member.CooptedFor[key] = member.CooptedFor.GetValueOrDefault(key) + 1;
                IndexSkill(key, member);
            }
        }
        // "Mission done" = a selected candidacy, with its mission's skills.
        var missionCache = new Dictionary<int, Mission?>();
        foreach (var candidacy in db.Candidacies.Find(c => c.Status == CandidacyStatus.Selected))
        {
            if (!missionCache.TryGetValue(candidacy.MissionNumber, out var mission))
            {
                mission = missions.Find(candidacy.MissionNumber);
                missionCache[candidacy.MissionNumber] = mission;
            }
            if (mission is not null)
            {
                var at = (mission.DueDate ?? candidacy.CreatedAt).ToUniversalTime();
                AddDoneLocked(Ensure(candidacy.PersonId, candidacy.Username, DateTime.MinValue), mission, at);
            }
        }
        var horizon = now - ScoringWeights.PingHistory;
        foreach (var ping in pings.All().OrderBy(p => p.At))
        {
            ping.At = ping.At.ToUniversalTime();
            var member = Ensure(ping.PersonId, "", DateTime.MinValue);
            _asked.Add(AskKey.For(ping.MissionNumber, ping.PersonId, ping.Kind));
            if (ping.At >= horizon)
            {
                member.PingTimes.Add(ping.At);
            }
        }
        // Members known only through evidence or pings: their name and arrival come from the people collection.
        foreach (var member in _members.Values.Where(m => m.Username.Length == 0 || m.FirstSeenAt == DateTime.MinValue))
        {
            if (db.People.FindById(member.PersonId) is { } person)
            {
                member.Username = member.Username.Length > 0 ? member.Username : person.Username;
                member.FirstSeenAt = person.FirstSeenAt.ToUniversalTime();
            }
        }
        logger.LogInformation("Interpellation index loaded: {Members} members, {Skills} skills, {Asked} asks in {Elapsed} ms",
            _members.Count, _bySkill.Count, _asked.Count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }
}

using Microsoft.Extensions.Options;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.People.Skills;
using MissionBot.Storage;

namespace MissionBot.Interpellation;

/// <summary>
/// Everything the ranking needs, in memory, loaded from LiteDB on first use and kept up to date by every write
/// that goes through it, so that ranking never reads the database:
/// <list type="bullet">
/// <item>per member, a <see cref="MemberFacts"/> (skills, evidence, pings, preferences);</item>
/// <item>per skill, posting lists of members (<see cref="SkillPostings"/>), and per member the few facts scoring
/// reads in one row of an array (<see cref="MemberRow"/>): a ranking over 100k people walks arrays, not objects.</item>
/// </list>
/// One lock guards it all; <see cref="TryReserve"/> checks a cap and records the ping under that lock, so two
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
    private readonly List<MemberFacts> _byIndex = [];
    private MemberRow[] _rows = new MemberRow[1024];
    private readonly Dictionary<string, SkillPostings> _skills = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _placeIds = new(StringComparer.Ordinal);
    private readonly HashSet<AskKey> _asked = [];

    /// <summary>(mission, person) pairs already counted as done: a mission is counted once, whichever way it is learnt.</summary>
    private readonly HashSet<(int Mission, string PersonId)> _done = [];

    /// <summary>The pool of the ranking in progress (column indexes); reused, so that a ranking allocates little.</summary>
    private readonly List<int> _touched = [];
    private bool _loaded;
    private int _stamp;

    private int DefaultLimit => options.Value.PingsPerWeek;

    /// <summary>Loads the index now rather than on first use (at start, so that the first command is quick).</summary>
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
            AddCooptationLocked(Ensure(nominee.Id, nominee.Username, nominee.FirstSeenAt), skillKeys);
        }
    }

    /// <summary>
    /// A mission was done by this person (their candidacy was selected): it counts as evidence for its skills
    /// and for rotation. Counted once per mission and person.
    /// </summary>
    public void AddMissionDone(Person person, Mission mission, DateTime at)
    {
        lock (_gate)
        {
            EnsureLoaded();
            if (_done.Add((mission.Number, person.Id)))
            {
                AddDoneLocked(Ensure(person.Id, person.Username, person.FirstSeenAt), mission, at);
            }
        }
    }

    /// <summary>
    /// The person asked to be forgotten: everything the index knows about them goes (their skills, evidence and
    /// pings); the row stays, empty and in no posting list, so that other members keep their positions.
    /// </summary>
    public void Forget(string personId)
    {
        lock (_gate)
        {
            EnsureLoaded();
            if (!_members.Remove(personId, out var member))
            {
                return;
            }
            foreach (var key in member.EvidenceKeys().ToList())
            {
                if (_skills.TryGetValue(key, out var postings))
                {
                    SkillPostings.Remove(postings.Any, member.Index);
                    SkillPostings.Remove(postings.Declared, member.Index);
                    SkillPostings.Remove(postings.Coopted, member.Index);
                    SkillPostings.Remove(postings.Done, member.Index);
                }
            }
            _asked.RemoveWhere(a => a.PersonId == personId);
            _done.RemoveWhere(d => d.PersonId == personId);
            var blank = new MemberFacts(ForgottenPerson.Prefix, "") { Index = member.Index };
            _byIndex[member.Index] = blank;
            _rows[member.Index] = default;
        }
    }

    /// <summary>Skill key → how many people have evidence for it (declared, recommended or done).</summary>
    public IReadOnlyDictionary<string, int> PeoplePerSkill()
    {
        lock (_gate)
        {
            EnsureLoaded();
            return _skills.Where(s => !s.Value.IsEmpty).ToDictionary(s => s.Key, s => s.Value.Any.Count, StringComparer.Ordinal);
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
            var poolSize = Gather(mission, purpose, excluded);
            // Only the head of the ranking is ever walked: select it while scoring rather than sort tens of
            // thousands of people. If too many of the head may not be asked, look further.
            var head = Math.Min(poolSize, wanted * 2 + 32);
            while (true)
            {
                var (chosen, skipped) = Walk(TopOf(Score(mission, purpose, now), head), mission, kind, now, wanted, candidates);
                if (chosen.Count >= wanted * 2 || head == poolSize)
                {
                    return new RankingOutcome(chosen, skipped, poolSize);
                }
                head = Math.Min(poolSize, head * 4);
            }
        }
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
                _rows[member.Index].SetPings(member.PingTimes);
            }
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
            if (!_skills.TryGetValue(skillKey, out var postings))
            {
                return [];
            }
            return postings.Any
                .Select(i => _byIndex[i])
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
            return _skills.TryGetValue(skillKey, out var postings) && !postings.IsEmpty;
        }
    }

    /// <summary>The facts kept about a person (tests compare them with the scoring's own reading).</summary>
    internal MemberFacts? Find(string personId)
    {
        lock (_gate)
        {
            EnsureLoaded();
            return _members.GetValueOrDefault(personId);
        }
    }

    /// <summary>The best <paramref name="count"/> of the pool, best first (a bounded heap: O(n log count)).</summary>
    internal static List<ScoredMember> TopOf(IEnumerable<ScoredMember> pool, int count)
    {
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
    /// Finds everyone with evidence for the mission's skills (the pool, in <see cref="_touched"/>) and counts
    /// their evidence from the posting lists into scratch columns, without touching the members themselves.
    /// Returns the pool's size.
    /// </summary>
    private int Gather(MissionProfile mission, RankingPurpose purpose, IReadOnlySet<string> excluded)
    {
        var touched = _touched;
        touched.Clear();
        var stamp = ++_stamp;
        var rows = _rows;
        foreach (var id in excluded)
        {
            if (_members.TryGetValue(id, out var member))
            {
                // Marked as seen with no count: never added to the pool.
                rows[member.Index].Seen = stamp;
            }
        }
        if (mission.Skills.Count > 0)
        {
            for (var s = 0; s < mission.Skills.Count; s++)
            {
                var key = mission.Skills[s].Key;
                if (!_skills.TryGetValue(key, out var postings))
                {
                    continue;
                }
                foreach (var i in postings.Any)
                {
                    ref var row = ref rows[i];
                    if (row.Seen != stamp)
                    {
                        row.Seen = stamp;
                        row.DeclaredHits = 0;
                        row.CooptHits = 0;
                        row.DoneHits = 0;
                        touched.Add(i);
                    }
                }
                foreach (var i in postings.Declared)
                {
                    rows[i].DeclaredHits++;
                }
                foreach (var i in postings.Coopted)
                {
                    rows[i].CooptHits += Math.Min(_byIndex[i].CooptationsFor(key), ScoringWeights.EvidenceCap);
                }
                foreach (var i in postings.Done)
                {
                    rows[i].DoneHits += Math.Min(_byIndex[i].MissionsDoneWith(key), ScoringWeights.EvidenceCap);
                }
            }
        }
        else if (purpose == RankingPurpose.Ping)
        {
            // A mission without skills (often an entry-door one): everyone who set up a profile may fit.
            foreach (var member in _byIndex)
            {
                ref var row = ref rows[member.Index];
                if (member.HasProfile && row.Seen != stamp)
                {
                    row.Seen = stamp;
                    row.DeclaredHits = row.CooptHits = row.DoneHits = 0;
                    touched.Add(member.Index);
                }
            }
        }
        return touched.Count;
    }

    /// <summary>Scores the pool gathered last; a member's own lists are read only when they have pings or missions (a minority).</summary>
    private IEnumerable<ScoredMember> Score(MissionProfile mission, RankingPurpose purpose, DateTime now)
    {
        var placeId = PlaceIdOf(mission);
        foreach (var i in _touched)
        {
            var facts = FactsAt(i, placeId, now);
            var score = purpose == RankingPurpose.Trust ? PingScoring.TrustValue(facts) : PingScoring.Value(facts, mission.EntryDoor);
            yield return new ScoredMember(_byIndex[i], score, facts.PingsInHistory);
        }
    }

    private int PlaceIdOf(MissionProfile mission) =>
        mission.PlaceKey.Length > 0 ? _placeIds.GetValueOrDefault(mission.PlaceKey, -1) : -1;

    /// <summary>
    /// A pool member's facts for the ranking in progress, read from the columns and the scratch counts it filled.
    /// The same facts as <see cref="PingScoring.Gather"/> reads from a <see cref="MemberFacts"/>.
    /// </summary>
    private MatchFacts FactsAt(int i, int placeId, DateTime now)
    {
        ref readonly var row = ref _rows[i];
        int recentPings = 0, pingsInHistory = 0, recentMissions = 0;
        if (row.PingCount > MemberRow.InlinePings)
        {
            recentPings = _byIndex[i].PingsSince(now - ScoringWeights.RecentPingWindow);
            pingsInHistory = _byIndex[i].PingsSince(now - ScoringWeights.PingHistory);
        }
        else if (row.PingCount > 0)
        {
            recentPings = row.InlinePingsSince((now - ScoringWeights.RecentPingWindow).Ticks);
            pingsInHistory = row.InlinePingsSince((now - ScoringWeights.PingHistory).Ticks);
        }
        if (row.MissionCount > 0)
        {
            recentMissions = _byIndex[i].MissionsSince(now - ScoringWeights.RecentMissionWindow);
        }
        return new MatchFacts(
            DeclaredMatches: row.DeclaredHits,
            Cooptations: row.CooptHits,
            MissionsDone: row.DoneHits,
            PlaceMatch: placeId > 0 && row.PlaceId == placeId,
            RecentPings: recentPings,
            RecentMissions: recentMissions,
            PingsInHistory: pingsInHistory,
            MissionsDoneTotal: row.MissionCount,
            RecentArrival: row.FirstSeenTicks >= (now - ScoringWeights.ArrivalWindow).Ticks);
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
                chosen.Add(Describe(scored, mission, FactsAt(member.Index, PlaceIdOf(mission), now)));
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

    private static RankedMember Describe(ScoredMember scored, MissionProfile mission, MatchFacts facts) => new(
        scored.Member.PersonId,
        scored.Member.Username,
        scored.Score,
        facts,
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
        _rows[member.Index].SetPings(times);
    }

    private MemberFacts Ensure(string personId, string username, DateTime firstSeenAt)
    {
        if (_members.TryGetValue(personId, out var member))
        {
            if (username.Length > 0)
            {
                member.Username = username;
            }
            if (member.FirstSeenAt == DateTime.MinValue && firstSeenAt != DateTime.MinValue)
            {
                SetFirstSeen(member, firstSeenAt);
            }
            return member;
        }
        member = new MemberFacts(personId, username) { Index = _byIndex.Count };
        _members[personId] = member;
        _byIndex.Add(member);
        if (member.Index >= _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }
        SetFirstSeen(member, firstSeenAt);
        return member;
    }

    private void SetFirstSeen(MemberFacts member, DateTime firstSeenAt)
    {
        member.FirstSeenAt = firstSeenAt;
        _rows[member.Index].FirstSeenTicks = firstSeenAt.Ticks;
    }

    private void ApplyLocked(MemberProfile profile)
    {
        var member = Ensure(profile.Id, profile.Username, profile.FirstSeenAt);
        var before = member.Declared;
        // Re-resolve through the catalog: the synonyms file may have grown since the skill was stored.
        member.Declared = profile.Skills
            .Select(s => catalog.Resolve(s.Label) is { } resolved ? new Skill(resolved.Key, s.Label) : new Skill(s.Key, s.Label))
            .DistinctBy(s => s.Key)
            .ToArray();
        foreach (var gone in before.Where(s => !member.Declares(s.Key)))
        {
            var postings = _skills[gone.Key];
            SkillPostings.Remove(postings.Declared, member.Index);
            if (!member.HasEvidenceFor(gone.Key))
            {
                SkillPostings.Remove(postings.Any, member.Index);
            }
        }
        foreach (var added in member.Declared.Where(s => !before.Any(b => b.Key == s.Key)))
        {
            var postings = Postings(added.Key, member, hadEvidence: member.CooptedFor.ContainsKey(added.Key) || member.DoneWith.ContainsKey(added.Key));
            postings.Declared.Add(member.Index);
        }
        member.Place = profile.Place;
        member.PlaceKey = SkillCatalog.Normalize(profile.Place);
        _rows[member.Index].PlaceId = PlaceId(member.PlaceKey);
        member.Stopped = profile.Stopped;
        member.PausedUntil = profile.PausedUntil?.ToUniversalTime();
        member.PingLimit = profile.PingLimit;
        member.HasProfile = true;
    }

    private void AddCooptationLocked(MemberFacts member, IEnumerable<string> skillKeys)
    {
        foreach (var key in skillKeys.Distinct(StringComparer.Ordinal))
        {
            var count = member.CooptedFor.GetValueOrDefault(key);
            if (count == 0)
            {
                Postings(key, member, hadEvidence: member.HasEvidenceFor(key)).Coopted.Add(member.Index);
            }
            member.CooptedFor[key] = count + 1;
        }
    }

    private void AddDoneLocked(MemberFacts member, Mission mission, DateTime at)
    {
        foreach (var key in MissionProfile.From(mission, catalog).Skills.Select(s => s.Key))
        {
            var count = member.DoneWith.GetValueOrDefault(key);
            if (count == 0)
            {
                Postings(key, member, hadEvidence: member.HasEvidenceFor(key)).Done.Add(member.Index);
            }
            member.DoneWith[key] = count + 1;
        }
        var index = member.MissionDates.Count;
        while (index > 0 && member.MissionDates[index - 1] > at)
        {
            index--;
        }
        member.MissionDates.Insert(index, at);
        _rows[member.Index].MissionCount = member.MissionDates.Count;
    }

    /// <summary>The skill's postings, with the member added to its pool unless they already had evidence for it.</summary>
    private SkillPostings Postings(string key, MemberFacts member, bool hadEvidence)
    {
        if (!_skills.TryGetValue(key, out var postings))
        {
            postings = new SkillPostings();
            _skills[key] = postings;
        }
        if (!hadEvidence)
        {
            postings.Any.Add(member.Index);
        }
        return postings;
    }

    /// <summary>Places as small numbers (0: none), so that comparing places is comparing ints.</summary>
    private int PlaceId(string placeKey)
    {
        if (placeKey.Length == 0)
        {
            return 0;
        }
        if (!_placeIds.TryGetValue(placeKey, out var id))
        {
            id = _placeIds.Count + 1;
            _placeIds[placeKey] = id;
        }
        return id;
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
            AddCooptationLocked(member, cooptation.SkillKeys.Select(k => catalog.Resolve(k)?.Key ?? k));
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
            if (mission is not null && !ForgottenPerson.Is(candidacy.PersonId) && _done.Add((mission.Number, candidacy.PersonId)))
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
                _rows[member.Index].SetPings(member.PingTimes);
            }
        }
        // Members known only through evidence or pings: their name and arrival come from the people collection.
        foreach (var member in _byIndex.Where(m => m.Username.Length == 0 || m.FirstSeenAt == DateTime.MinValue))
        {
            if (db.People.FindById(member.PersonId) is { } person)
            {
                member.Username = member.Username.Length > 0 ? member.Username : person.Username;
                SetFirstSeen(member, person.FirstSeenAt.ToUniversalTime());
            }
        }
        logger.LogInformation("Interpellation index loaded: {Members} members, {Skills} skills, {Asked} asks in {Elapsed} ms",
            _members.Count, _skills.Count, _asked.Count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }
}

namespace MissionBot.Interpellation;

/// <summary>
/// The ranking, as pure functions: same facts, same time, same answer. <see cref="ScoringWeights"/>
/// documents the weights. Scoring allocates nothing: it runs for every matching member of a 100k network.
/// </summary>
public static class PingScoring
{
    /// <summary>Counts what links <paramref name="member"/> to <paramref name="mission"/> at <paramref name="now"/>.</summary>
    public static MatchFacts Gather(MemberFacts member, MissionProfile mission, DateTime now)
    {
        int declared = 0, coopted = 0, done = 0;
        var skills = mission.Skills;
        for (var i = 0; i < skills.Count; i++)
        {
            var key = skills[i].Key;
            if (member.Declares(key))
            {
                declared++;
            }
            coopted += Math.Min(member.CooptationsFor(key), ScoringWeights.EvidenceCap);
            done += Math.Min(member.MissionsDoneWith(key), ScoringWeights.EvidenceCap);
        }
        return new MatchFacts(
            DeclaredMatches: declared,
            Cooptations: coopted,
            MissionsDone: done,
            PlaceMatch: mission.PlaceKey.Length > 0 && member.PlaceKey == mission.PlaceKey,
            RecentPings: member.PingsSince(now - ScoringWeights.RecentPingWindow),
            RecentMissions: member.MissionsSince(now - ScoringWeights.RecentMissionWindow),
            PingsInHistory: member.PingsSince(now - ScoringWeights.PingHistory),
            MissionsDoneTotal: member.MissionDates.Count,
            RecentArrival: member.FirstSeenAt >= now - ScoringWeights.ArrivalWindow);
    }

    /// <summary>The ping score: fit, place, rotation and (for entry-door missions) the newcomer bonus.</summary>
    public static double Value(MatchFacts facts, bool entryDoor)
    {
        var score = facts.DeclaredMatches * ScoringWeights.Declared
            + facts.Cooptations * ScoringWeights.PerCooptation
            + facts.MissionsDone * ScoringWeights.PerMissionDone
            + (facts.PlaceMatch ? ScoringWeights.PlaceMatch : 0)
            - facts.RecentPings * ScoringWeights.PerRecentPing
            - facts.RecentMissions * ScoringWeights.PerRecentMission;
        if (entryDoor)
        {
            score += facts.Newcomer ? ScoringWeights.Newcomer : 0;
            score += facts.Newcomer && facts.RecentArrival ? ScoringWeights.RecentArrival : 0;
            score -= Math.Min(facts.MissionsDoneTotal, ScoringWeights.VeteranCap) * ScoringWeights.PerVeteranMission;
        }
        return score;
    }

    /// <summary>
    /// The trust score for cooptation: people who did missions with the skills or were recommended for them,
    /// then people who only declared them; fewer recent pings first among equals.
    /// </summary>
    public static double TrustValue(MatchFacts facts) =>
        (facts.MissionsDone * ScoringWeights.PerMissionDone + facts.Cooptations * ScoringWeights.PerCooptation) * ScoringWeights.TrustEvidence
        + facts.DeclaredMatches * ScoringWeights.TrustDeclared
        - facts.RecentPings * ScoringWeights.TrustPerRecentPing;

    /// <summary>
    /// Orders two scored members: higher score first; among equals, fewer pings in the last 90 days, then the one
    /// pinged longest ago (never pinged first), then by username so the order is stable.
    /// </summary>
    public static int Compare(in ScoredMember a, in ScoredMember b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }
        var byPings = a.PingsInHistory.CompareTo(b.PingsInHistory);
        if (byPings != 0)
        {
            return byPings;
        }
        var byLast = (a.Member.LastPingAt ?? DateTime.MinValue).CompareTo(b.Member.LastPingAt ?? DateTime.MinValue);
        return byLast != 0 ? byLast : string.CompareOrdinal(a.Member.Username, b.Member.Username);
    }
}

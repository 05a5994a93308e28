namespace MissionBot.Interpellation;

/// <summary>
/// What links one member to one mission, counted by <see cref="PingScoring.Gather"/>; both rankings
/// (pings and trusted people) turn it into a number, and the texts turn it into "why you".
/// </summary>
public readonly record struct MatchFacts(
    int DeclaredMatches,
    int Cooptations,
    int MissionsDone,
    bool PlaceMatch,
    int RecentPings,
    int RecentMissions,
    int PingsInHistory,
    int MissionsDoneTotal,
    bool RecentArrival)
{
    /// <summary>True when the member has any evidence for at least one of the mission's skills.</summary>
    public bool SkillMatched => DeclaredMatches > 0 || Cooptations > 0 || MissionsDone > 0;

    /// <summary>Never did a mission: the people entry-door missions are for.</summary>
    public bool Newcomer => MissionsDoneTotal == 0;
}

namespace MissionBot.Interpellation;

/// <summary>
/// The weights of the ranking, in one place so they can be read, argued about and tuned.
/// A ping score is a sum of points (see <see cref="PingScoring.Value"/>):
/// <list type="bullet">
/// <item>fit: per mission skill, +3 if declared, +2 per cooptation (3 at most), +2.5 per mission done with it (3 at most);</item>
/// <item>place: +2 when the member's place is the mission's;</item>
/// <item>rotation: −1.5 per ping received in the last 30 days, −1 per mission done in the last 90 days,
/// so opportunities go round instead of always reaching the same people;</item>
/// <item>entry-door missions: +4 for someone who never did a mission, +1 more if they arrived in the last 90 days,
/// −0.5 per mission already done (6 at most).</item>
/// </list>
/// Caps keep one loud piece of evidence (ten cooptations) from outweighing everything else.
/// </summary>
public static class ScoringWeights
{
    public const double Declared = 3.0;
    public const double PerCooptation = 2.0;
    public const double PerMissionDone = 2.5;

    /// <summary>Cooptations or missions counted per skill, at most.</summary>
    public const int EvidenceCap = 3;

    public const double PlaceMatch = 2.0;
    public const double PerRecentPing = 1.5;
    public const double PerRecentMission = 1.0;
    public const double Newcomer = 4.0;
    public const double RecentArrival = 1.0;
    public const double PerVeteranMission = 0.5;

    /// <summary>Missions counted against veterans on entry-door missions, at most.</summary>
    public const int VeteranCap = 6;

    /// <summary>Pings within this window lower the rank (rotation).</summary>
    public static readonly TimeSpan RecentPingWindow = TimeSpan.FromDays(30);

    /// <summary>Missions done within this window lower the rank (rotation).</summary>
    public static readonly TimeSpan RecentMissionWindow = TimeSpan.FromDays(90);

    /// <summary>Someone first seen within this window counts as just arrived.</summary>
    public static readonly TimeSpan ArrivalWindow = TimeSpan.FromDays(90);

    /// <summary>How far back pings are kept in memory (for "/mission me" and tie-breaks).</summary>
    public static readonly TimeSpan PingHistory = TimeSpan.FromDays(90);

    /// <summary>The window of the weekly cap.</summary>
    public static readonly TimeSpan CapWindow = TimeSpan.FromDays(7);

    // Trusted people for cooptation: evidence first, then declared skills, then rotation
    // (the multipliers make the order lexicographic for any realistic counts).
    public const double TrustEvidence = 1000.0;
    public const double TrustDeclared = 10.0;
    public const double TrustPerRecentPing = 1.0;
}

using MissionBot.People.Skills;

namespace MissionBot.People;

/// <summary>
/// What a member says about themselves for targeted calls: skills, place, and how often the bot may ask them.
/// Kept apart from <see cref="Person"/> so that people who never set anything have no profile.
/// </summary>
public sealed class MemberProfile
{
    /// <summary>The person's platform id (same as <see cref="Person.Id"/>).</summary>
    public string Id { get; set; } = "";

    public string Username { get; set; } = "";

    public List<MemberSkill> Skills { get; set; } = [];

    /// <summary>Where the member is, as typed ("Lyon"); empty when not said.</summary>
    public string Place { get; set; } = "";

    /// <summary>No pings before this time (UTC); null when not paused.</summary>
    public DateTime? PausedUntil { get; set; }

    /// <summary>"Never ping me again": the member can still volunteer.</summary>
    public bool Stopped { get; set; }

    /// <summary>Most pings per 7 days; null means the configured default.</summary>
    public int? PingLimit { get; set; }

    /// <summary>Copied from <see cref="Person.FirstSeenAt"/>: newcomers rank higher for entry-door missions.</summary>
    public DateTime FirstSeenAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

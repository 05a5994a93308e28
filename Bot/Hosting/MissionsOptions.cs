namespace MissionBot.Hosting;

/// <summary>How missions are announced and recognised (section "Missions").</summary>
public sealed class MissionsOptions
{
    public const string Section = "Missions";

    /// <summary>Channel name where announcements are posted.</summary>
    public string Channel { get; set; } = "";

    /// <summary>Phrases that mean "I volunteer" in a mission thread (case- and accent-insensitive).</summary>
    public List<string> VolunteerPhrases { get; set; } = [];

    /// <summary>Phrases that mean "I withdraw" in a mission thread.</summary>
    public List<string> WithdrawPhrases { get; set; } = [];

    /// <summary>Usernames allowed to act on any mission, besides its owner.</summary>
    public List<string> Coordinators { get; set; } = [];
}

namespace MissionBot.Interpellation;

/// <summary>Why someone who ranked high was not asked.</summary>
public enum SkipReason
{
    /// <summary>Asked "never ping me again".</summary>
    Stopped,

    /// <summary>On a pause ("/mission pause 14j" or "pas maintenant").</summary>
    Paused,

    /// <summary>Already pinged as often as their weekly limit allows.</summary>
    Capped,

    /// <summary>Already asked about this mission.</summary>
    AlreadyAsked,

    /// <summary>Already a candidate for this mission.</summary>
    AlreadyCandidate,

    /// <summary>Runs the mission.</summary>
    Owner,

    /// <summary>The private message could not be delivered.</summary>
    Unreachable,
}

namespace MissionBot.Cooptation;

/// <summary>How a recommendation ended, from the nominee's side.</summary>
public enum CooptationAnswer
{
    /// <summary>The nominee was invited and has not answered yet.</summary>
    Pending,

    /// <summary>The nominee said yes: they are a candidate.</summary>
    Accepted,

    /// <summary>The nominee said no (or not now, or stop).</summary>
    Declined,

    /// <summary>The nominee could not be invited (paused, stopped, capped, already asked or candidate).</summary>
    NotAsked,

    /// <summary>The mission closed before the nominee answered.</summary>
    Expired,
}

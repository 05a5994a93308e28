namespace MissionBot.Jury;

/// <summary>Why someone was kept out of a jury: nobody is both judge and candidate.</summary>
public enum JuryEventKind
{
    /// <summary>Refused as juror: they are a candidate.</summary>
    RefusedCandidate,
    /// <summary>Refused as juror: they recommended a candidate.</summary>
    RefusedCoopter,
    /// <summary>Removed from the jury: they became a candidate.</summary>
    RemovedCandidate,
    /// <summary>Removed from the jury: someone they recommended became a candidate.</summary>
    RemovedCoopter,
}

namespace MissionBot.Jury;

/// <summary>A line of the jury's log: who was refused or removed, and why.</summary>
public sealed class JuryEvent
{
    public DateTime At { get; set; }

    public string PersonId { get; set; } = "";

    public string Username { get; set; } = "";

    public JuryEventKind Kind { get; set; }

    /// <summary>For a coopter: the candidate they recommended.</summary>
    public string CandidateUsername { get; set; } = "";
}

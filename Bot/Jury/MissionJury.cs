namespace MissionBot.Jury;

/// <summary>The jury of a (paid) mission: its members, its grid, whether names are hidden, and its log.</summary>
public sealed class MissionJury
{
    public int MissionNumber { get; set; }

    public List<Juror> Jurors { get; set; } = [];

    public List<JuryCriterion> Criteria { get; set; } = [];

    /// <summary>Jurors see candidacies as letters, without names, until every score is in.</summary>
    public bool Anonymous { get; set; }

    /// <summary>When the complete result was sent to the owner and jurors.</summary>
    public DateTime? ResultsSentAt { get; set; }

    public List<JuryEvent> Events { get; set; } = [];
}

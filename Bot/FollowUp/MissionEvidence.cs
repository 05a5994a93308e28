namespace MissionBot.FollowUp;

/// <summary>A mission someone did: evidence of the skills it asked for (read by ranking, "/mission who" and reports).</summary>
public sealed class MissionEvidence
{
    /// <summary>"{mission}:{personId}".</summary>
    public string Id { get; set; } = "";

    public string PersonId { get; set; } = "";

    public int MissionNumber { get; set; }

    /// <summary>The mission's skills, as its owner typed them.</summary>
    public List<string> Skills { get; set; } = [];

    public DateTime DoneAt { get; set; }
}

namespace MissionBot.Jury;

/// <summary>One juror's scores for one candidacy, in the order of the grid's criteria (0 to 5 each).</summary>
public sealed class JuryScore
{
    /// <summary>"{mission}:{jurorId}:{candidateId}".</summary>
    public string Id { get; set; } = "";

    public int MissionNumber { get; set; }

    public string JurorId { get; set; } = "";

    public string CandidateId { get; set; } = "";

    public List<int> Scores { get; set; } = [];

    public DateTime At { get; set; }

    public static string IdFor(int missionNumber, string jurorId, string candidateId) => $"{missionNumber}:{jurorId}:{candidateId}";
}

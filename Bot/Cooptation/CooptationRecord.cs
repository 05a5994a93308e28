namespace MissionBot.Cooptation;

/// <summary>
/// One recommendation: <see cref="NominatorUsername"/> trusts <see cref="NomineeUsername"/> for a mission's skills.
/// Kept for good: it feeds the ranking and the evidence of "/mission who".
/// </summary>
public sealed class CooptationRecord
{
    public int Id { get; set; }

    public int MissionNumber { get; set; }

    public string NominatorId { get; set; } = "";

    public string NominatorUsername { get; set; } = "";

    public string NomineeId { get; set; } = "";

    public string NomineeUsername { get; set; } = "";

    /// <summary>The mission's skill keys at the time of the recommendation.</summary>
    public List<string> SkillKeys { get; set; } = [];

    public DateTime At { get; set; }

    /// <summary>The nominator asked not to be named to the nominee.</summary>
    public bool Anonymous { get; set; }

    public CooptationAnswer Answer { get; set; } = CooptationAnswer.Pending;

    public DateTime? AnsweredAt { get; set; }
}

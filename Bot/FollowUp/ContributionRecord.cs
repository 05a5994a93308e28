namespace MissionBot.FollowUp;

/// <summary>What someone gave back to the network for a paid mission ("/mission contribution 12 150€").</summary>
public sealed class ContributionRecord
{
    /// <summary>"{mission}:{personId}": recording again replaces the earlier amount.</summary>
    public string Id { get; set; } = "";

    public int MissionNumber { get; set; }

    public string PersonId { get; set; } = "";

    public string Username { get; set; } = "";

    /// <summary>Money given, in euros; null for a contribution in kind.</summary>
    public decimal? Amount { get; set; }

    /// <summary>A contribution in kind ("2 jours d'animation"); empty for money.</summary>
    public string Description { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    public static string IdFor(int missionNumber, string personId) => $"{missionNumber}:{personId}";
}

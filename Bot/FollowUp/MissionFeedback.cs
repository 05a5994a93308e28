namespace MissionBot.FollowUp;

/// <summary>What a person said about a mission once done: a 1–5 rating and one sentence (asked privately).</summary>
public sealed class MissionFeedback
{
    /// <summary>"{mission}:{personId}".</summary>
    public string Id { get; set; } = "";

    public int MissionNumber { get; set; }

    public string PersonId { get; set; } = "";

    public string Username { get; set; } = "";

    /// <summary>The mission's owner (the others are the people who did it).</summary>
    public bool IsOwner { get; set; }

    public DateTime AskedAt { get; set; }

    /// <summary>1 to 5; null until they answer.</summary>
    public int? Rating { get; set; }

    public string Comment { get; set; } = "";

    public DateTime? AnsweredAt { get; set; }

    public static string IdFor(int missionNumber, string personId) => $"{missionNumber}:{personId}";
}

namespace MissionBot.Missions;

/// <summary>Someone volunteering for a mission. One per person and mission (see <see cref="Key"/>).</summary>
public sealed class Candidacy
{
    /// <summary>"{mission}:{personId}": unique, so the same person cannot be recorded twice.</summary>
    public string Key { get; set; } = "";

    public int MissionNumber { get; set; }

    public string PersonId { get; set; } = "";

    public string Username { get; set; } = "";

    public CandidacySource Source { get; set; }

    public CandidacyStatus Status { get; set; } = CandidacyStatus.Active;

    public DateTime CreatedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    /// <summary>The thread reply that made the candidacy, when there was one.</summary>
    public string ReplyPostId { get; set; } = "";

    /// <summary>When the person got their answer (selected or not); null while they wait for one.</summary>
    public DateTime? AnsweredAt { get; set; }

    /// <summary>The reason they were told when not selected (from the grid); empty when selected.</summary>
    public string Answer { get; set; } = "";

    public static string KeyFor(int missionNumber, string personId) => $"{missionNumber}:{personId}";
}

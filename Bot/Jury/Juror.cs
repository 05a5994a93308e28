namespace MissionBot.Jury;

/// <summary>A member of a mission's jury.</summary>
public sealed class Juror
{
    public string PersonId { get; set; } = "";

    public string Username { get; set; } = "";

    public DateTime AddedAt { get; set; }
}

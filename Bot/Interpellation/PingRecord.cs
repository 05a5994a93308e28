namespace MissionBot.Interpellation;

/// <summary>One private solicitation the bot sent: the basis of caps, rotation and "/mission me".</summary>
public sealed class PingRecord
{
    public int Id { get; set; }

    public string PersonId { get; set; } = "";

    public int MissionNumber { get; set; }

    public PingKind Kind { get; set; }

    public DateTime At { get; set; }
}

namespace MissionBot.Interpellation;

/// <summary>
/// A question the bot asked someone in DM and is waiting an answer to. Stored, so answers still work
/// after a restart; it expires with its mission.
/// </summary>
public sealed class PendingQuestion
{
    public int Id { get; set; }

    public string PersonId { get; set; } = "";

    public int MissionNumber { get; set; }

    public PingKind Kind { get; set; }

    public QuestionStatus Status { get; set; } = QuestionStatus.Open;

    public DateTime AskedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    /// <summary>For a cooptation question: the nominator asked not to be named to the nominees.</summary>
    public bool Anonymous { get; set; }

    public bool IsInvitation => Kind is PingKind.Ping or PingKind.NomineeInvitation;
}

namespace MissionBot.Decisions;

/// <summary>
/// A decision the bot could not make yet because it asked its author for a reason (or a confirmation):
/// their answer in DM ("2", "dispo", "confirmer") completes it.
/// </summary>
public sealed class PendingDecision
{
    /// <summary>"{personId}:{mission}": one open question per person and mission.</summary>
    public string Id { get; set; } = "";

    public string PersonId { get; set; } = "";

    public int MissionNumber { get; set; }

    public DecisionKind Kind { get; set; }

    public List<string> Chosen { get; set; } = [];

    public DateTime AskedAt { get; set; }

    public static string IdFor(string personId, int missionNumber) => $"{personId}:{missionNumber}";
}

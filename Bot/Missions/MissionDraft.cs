namespace MissionBot.Missions;

/// <summary>A mission as typed by its owner, validated, not yet stored.</summary>
public sealed record MissionDraft(
    string Title,
    string Description,
    IReadOnlyList<string> Skills,
    DateOnly? DueDate,
    string Place,
    bool Paid,
    bool EntryDoor,
    decimal? ContributionPercent = null,
    bool ContributionFree = false,
    bool Waves = false);

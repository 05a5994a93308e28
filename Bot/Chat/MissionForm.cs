namespace MissionBot.Chat;

/// <summary>The fields of the "new mission" dialog, as the person typed them.</summary>
public sealed record MissionForm(
    string? Title,
    string? Description,
    string? Skills,
    string? DueDate,
    string? Place,
    bool Paid,
    bool EntryDoor);

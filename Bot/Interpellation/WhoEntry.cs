namespace MissionBot.Interpellation;

/// <summary>One answer of "/mission who": a person with a skill and the evidence for it.</summary>
public sealed record WhoEntry(
    string PersonId,
    string Username,
    string? DeclaredLabel,
    int Cooptations,
    int MissionsDone,
    string Place,
    bool Stopped);

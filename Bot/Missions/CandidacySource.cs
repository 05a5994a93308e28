namespace MissionBot.Missions;

/// <summary>How a candidacy arrived: reports show where candidates come from.</summary>
public enum CandidacySource
{
    Thread,
    Button,
    Command,
    Ping,
    Cooptation,
    OpenCall,
}

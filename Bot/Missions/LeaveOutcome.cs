namespace MissionBot.Missions;

public enum LeaveOutcome
{
    Left,
    NotCandidate,
    NotFound,
}

namespace MissionBot.Missions;

public enum JoinOutcome
{
    Joined,
    AlreadyCandidate,
    OwnerRefused,
    NotFound,
    NotOpen,
}

namespace MissionBot.Missions;

public enum MissionStatus
{
    Open,
    Filled,
    Closed,
    Cancelled,
}

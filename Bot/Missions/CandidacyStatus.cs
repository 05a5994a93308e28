namespace MissionBot.Missions;

public enum CandidacyStatus
{
    Active,
    Withdrawn,
    Selected,
    Refused,
}

namespace MissionBot.FollowUp;

public enum DoneOutcome
{
    Done,
    NotFound,
    NotAllowed,
    /// <summary>Nobody was selected: there is nothing done to follow up.</summary>
    NotFilled,
    AlreadyDone,
}

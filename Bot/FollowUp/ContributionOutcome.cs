namespace MissionBot.FollowUp;

public enum ContributionOutcome
{
    Recorded,
    NotFound,
    NotPaid,
    /// <summary>Only the people selected for the mission record a contribution for it.</summary>
    NotSelected,
}

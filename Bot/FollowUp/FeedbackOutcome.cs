namespace MissionBot.FollowUp;

public enum FeedbackOutcome
{
    Recorded,
    /// <summary>The bot did not ask this person about this mission (or any).</summary>
    NotAsked,
}

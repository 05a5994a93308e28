using MissionBot.Storage;

namespace MissionBot.FollowUp;

/// <summary>Records the rating and sentence someone gives about a mission they were asked about.</summary>
public sealed class FeedbackService(FeedbackRepository feedback, TimeProvider clock, ILogger<FeedbackService> logger)
{
    public const int MaxCommentLength = 500;

    /// <summary>Whether the person has a question about a mission still unanswered.</summary>
    public bool IsWaitingFor(string personId) => feedback.ForPerson(personId).Any(f => f.Rating is null);

    /// <param name="missionNumber">The mission; null for the latest one the person was asked about.</param>
    public (FeedbackOutcome Outcome, int MissionNumber) Record(string personId, int? missionNumber, int rating, string comment)
    {
        var asked = missionNumber is { } n
            ? feedback.Find(n, personId)
            : feedback.ForPerson(personId).Where(f => f.Rating is null).MaxBy(f => f.AskedAt);
        if (asked is null)
        {
            return (FeedbackOutcome.NotAsked, missionNumber ?? 0);
        }
        asked.Rating = rating;
        asked.Comment = Texts.SafeText.Truncate(comment.Trim(), MaxCommentLength);
        asked.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        feedback.Update(asked);
        logger.LogInformation("Feedback {Rating}/5 recorded on mission {MissionNumber}", rating, asked.MissionNumber);
        return (FeedbackOutcome.Recorded, asked.MissionNumber);
    }
}

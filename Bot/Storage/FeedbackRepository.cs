using LiteDB;
using MissionBot.FollowUp;

namespace MissionBot.Storage;

/// <summary>Ratings asked and given once missions are done (collection "mission_feedback").</summary>
public sealed class FeedbackRepository
{
    private readonly ILiteCollection<MissionFeedback> _feedback;

    public FeedbackRepository(BotDatabase db)
    {
        _feedback = db.Collection<MissionFeedback>(CollectionNames.Feedback);
        _feedback.EnsureIndex(f => f.PersonId);
        _feedback.EnsureIndex(f => f.MissionNumber);
    }

    /// <summary>Records the question unless it was asked before; false when it was.</summary>
    public bool AddIfMissing(MissionFeedback feedback)
    {
        feedback.Id = MissionFeedback.IdFor(feedback.MissionNumber, feedback.PersonId);
        lock (_feedback)
        {
            if (_feedback.FindById(feedback.Id) is not null)
            {
                return false;
            }
            _feedback.Insert(feedback);
            return true;
        }
    }

    public MissionFeedback? Find(int missionNumber, string personId) => _feedback.FindById(MissionFeedback.IdFor(missionNumber, personId));

    public void Update(MissionFeedback feedback) => _feedback.Update(feedback);

    public IReadOnlyList<MissionFeedback> ForPerson(string personId) => _feedback.Find(f => f.PersonId == personId).OrderBy(f => f.AskedAt).ToList();

    public IReadOnlyList<MissionFeedback> ForMission(int missionNumber) => _feedback.Find(f => f.MissionNumber == missionNumber).ToList();

    public int DeleteForPerson(string personId) => _feedback.DeleteMany(f => f.PersonId == personId);

    /// <summary>Removes mentions of someone from other people's comments.</summary>
    public int ScrubMentions(string username)
    {
        var touched = 0;
        foreach (var feedback in _feedback.FindAll().ToList())
        {
            var comment = Privacy.Mentions.Scrub(feedback.Comment, username);
            if (comment != feedback.Comment)
            {
                feedback.Comment = comment;
                _feedback.Update(feedback);
                touched++;
            }
        }
        return touched;
    }
}

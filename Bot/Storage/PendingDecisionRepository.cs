using LiteDB;
using MissionBot.Decisions;

namespace MissionBot.Storage;

/// <summary>Decisions waiting for their author's reason (collection "decision_questions").</summary>
public sealed class PendingDecisionRepository
{
    private readonly ILiteCollection<PendingDecision> _questions;

    public PendingDecisionRepository(BotDatabase db)
    {
        _questions = db.Collection<PendingDecision>(CollectionNames.DecisionQuestions);
        _questions.EnsureIndex(q => q.PersonId);
        _questions.EnsureIndex(q => q.MissionNumber);
    }

    public void Save(PendingDecision question)
    {
        question.Id = PendingDecision.IdFor(question.PersonId, question.MissionNumber);
        _questions.Upsert(question);
    }

    /// <summary>The person's latest question asked after <paramref name="since"/>.</summary>
    public PendingDecision? LatestFor(string personId, DateTime since) =>
        _questions.Find(q => q.PersonId == personId).Where(q => q.AskedAt >= since).MaxBy(q => q.AskedAt);

    public IReadOnlyList<PendingDecision> ForPerson(string personId) => _questions.Find(q => q.PersonId == personId).ToList();

    public int DeleteForMission(int missionNumber) => _questions.DeleteMany(q => q.MissionNumber == missionNumber);

    public int DeleteForPerson(string personId) => _questions.DeleteMany(q => q.PersonId == personId);

    /// <summary>Deletes the questions about decisions that chose this person.</summary>
    public int DeleteNaming(string username)
    {
        var naming = _questions.FindAll()
            .Where(q => q.Chosen.Any(c => string.Equals(c.TrimStart('@'), username, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        foreach (var question in naming)
        {
            _questions.Delete(question.Id);
        }
        return naming.Count;
    }
}

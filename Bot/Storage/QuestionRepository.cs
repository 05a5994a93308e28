using LiteDB;
using MissionBot.Interpellation;

namespace MissionBot.Storage;

/// <summary>Questions the bot asked in DM and still waits for (collection "questions").</summary>
public sealed class QuestionRepository
{
    private readonly ILiteCollection<PendingQuestion> _questions;

    public QuestionRepository(BotDatabase db)
    {
        _questions = db.Collection<PendingQuestion>(CollectionNames.Questions);
        _questions.EnsureIndex(q => q.PersonId);
        _questions.EnsureIndex(q => q.MissionNumber);
    }

    public void Insert(PendingQuestion question) => _questions.Insert(question);

    public void Update(PendingQuestion question) => _questions.Update(question);

    public void Delete(int id) => _questions.Delete(id);

    public IReadOnlyList<PendingQuestion> OpenFor(string personId) =>
        _questions.Find(q => q.PersonId == personId).Where(q => q.Status == QuestionStatus.Open).OrderBy(q => q.AskedAt).ThenBy(q => q.Id).ToList();

    public IReadOnlyList<PendingQuestion> ForPerson(string personId) => _questions.Find(q => q.PersonId == personId).ToList();

    public int DeleteForPerson(string personId) => _questions.DeleteMany(q => q.PersonId == personId);

    public IReadOnlyList<PendingQuestion> OpenForMission(int missionNumber) =>
        _questions.Find(q => q.MissionNumber == missionNumber).Where(q => q.Status == QuestionStatus.Open).ToList();
}

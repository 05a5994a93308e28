using MissionBot.Privacy;
using MissionBot.Storage;

namespace MissionBot.Decisions;

/// <summary>Decisions waiting for the person's reason, and those that name them (they cannot go on without them).</summary>
public sealed class DecisionPersonalData(PendingDecisionRepository questions) : IPersonalDataSource
{
    public string Name => "pendingDecisions";

    public object? Export(PersonalDataSubject subject) =>
        questions.ForPerson(subject.PersonId).Select(q => new { q.MissionNumber, q.Kind, q.Chosen, q.AskedAt }).ToList();

    public int Erase(PersonalDataSubject subject) =>
        questions.DeleteForPerson(subject.PersonId) + questions.DeleteNaming(subject.Username);
}

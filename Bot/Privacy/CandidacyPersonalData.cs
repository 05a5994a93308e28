using MissionBot.Storage;

namespace MissionBot.Privacy;

/// <summary>The person's candidacies: kept without their name, so that missions keep their counts.</summary>
public sealed class CandidacyPersonalData(PersonalDataStore store, TimeProvider clock) : IPersonalDataSource
{
    public string Name => "candidacies";

    public object? Export(PersonalDataSubject subject) =>
        store.Candidacies(subject.PersonId).Select(c => new { c.MissionNumber, c.Source, c.Status, c.CreatedAt, c.WithdrawnAt, c.AnsweredAt, c.Answer }).ToList();

    public int Erase(PersonalDataSubject subject) =>
        store.AnonymiseCandidacies(subject.PersonId, subject.AnonymousId, clock.GetUtcNow().UtcDateTime).Count;
}

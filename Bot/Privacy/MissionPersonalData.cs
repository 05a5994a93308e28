using MissionBot.Storage;

namespace MissionBot.Privacy;

/// <summary>Missions the person posted: kept without their name; mentions of them leave every mission's text.</summary>
public sealed class MissionPersonalData(PersonalDataStore store) : IPersonalDataSource
{
    public string Name => "missionsOwned";

    public object? Export(PersonalDataSubject subject) =>
        store.MissionsOwned(subject.PersonId)
            .Select(m => new { m.Number, m.Title, m.Description, m.Skills, m.DueDate, m.Place, m.Paid, m.EntryDoor, m.Status, m.CreatedAt, m.ClosedAt, m.CompletedAt })
            .ToList();

    public int Erase(PersonalDataSubject subject) => store.AnonymiseMissions(subject.PersonId, subject.Username, subject.AnonymousId);
}

using MissionBot.Storage;

namespace MissionBot.Privacy;

/// <summary>The person's record: username, display name, first and last time seen.</summary>
public sealed class PersonPersonalData(PersonalDataStore store) : IPersonalDataSource
{
    public string Name => "person";

    public object? Export(PersonalDataSubject subject) => store.Person(subject.PersonId);

    public int Erase(PersonalDataSubject subject) => store.DeletePerson(subject.PersonId) ? 1 : 0;
}

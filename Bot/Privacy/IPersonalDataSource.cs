namespace MissionBot.Privacy;

/// <summary>
/// One feature's share of what the bot stores about a person: it exports it ("/mission my-data") and erases it
/// ("/mission forget-me"). Every feature that stores personal data registers one
/// (AddSingleton&lt;IPersonalDataSource, ...&gt;); records kept for anonymous counts are re-keyed to
/// <see cref="PersonalDataSubject.AnonymousId"/> and lose every name.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>Section name in the export ("candidacies").</summary>
    string Name { get; }

    /// <summary>What is stored about the person, serialisable to JSON; null or empty when nothing.</summary>
    object? Export(PersonalDataSubject subject);

    /// <summary>Erases (or anonymises) it; returns how many records were touched.</summary>
    int Erase(PersonalDataSubject subject);
}

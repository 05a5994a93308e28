using MissionBot.Storage;

namespace MissionBot.Privacy;

/// <summary>The bot's private messages to the person (kept a while so that none is sent twice).</summary>
public sealed class OutboxPersonalData(PersonalDataStore store) : IPersonalDataSource
{
    public string Name => "messagesFromTheBot";

    public object? Export(PersonalDataSubject subject) =>
        store.MessagesTo(subject.PersonId).Select(e => new { e.CreatedAt, e.SentAt, e.State, e.Text, e.FileName }).ToList();

    public int Erase(PersonalDataSubject subject) => store.EraseFromOutbox(subject.PersonId, subject.Username);
}

using MissionBot.Chat;
using MissionBot.People;

namespace MissionBot.Storage;

public sealed class PersonRepository(BotDatabase db)
{
    /// <summary>Activity is recorded to the hour: enough to tell who is around, without a write per message.</summary>
    public static readonly TimeSpan ActivityGranularity = TimeSpan.FromHours(1);

    /// <summary>Creates or refreshes the person behind a chat account and returns them.</summary>
    public Person Touch(ChatUser user, DateTime at)
    {
        var person = db.People.FindById(user.Id);
        if (person is null)
        {
            person = new Person { Id = user.Id, Username = user.Username, DisplayName = user.DisplayName, FirstSeenAt = at, LastActiveAt = at };
            db.People.Insert(person);
            return person;
        }
        var sameNames = person.Username == user.Username && (string.IsNullOrEmpty(user.DisplayName) || person.DisplayName == user.DisplayName);
        if (sameNames && at >= person.LastActiveAt && at - person.LastActiveAt < ActivityGranularity)
        {
            // Seen active within the hour: nothing worth a write (a busy thread would otherwise write at every reply).
            return person;
        }
        person.Username = user.Username;
        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            person.DisplayName = user.DisplayName;
        }
        person.LastActiveAt = at;
        db.People.Update(person);
        return person;
    }

    /// <summary>
    /// Makes sure a person the bot has heard of (named in a cooptation) exists, without counting it as their
    /// activity: an existing person is returned unchanged.
    /// </summary>
    public Person Ensure(ChatUser user, DateTime at)
    {
        if (db.People.FindById(user.Id) is { } existing)
        {
            return existing;
        }
        var person = new Person { Id = user.Id, Username = user.Username, DisplayName = user.DisplayName, FirstSeenAt = at, LastActiveAt = at };
        db.People.Upsert(person);
        return person;
    }

    public Person? Find(string id) => db.People.FindById(id);

    public Person? FindByUsername(string username) =>
        db.People.FindOne(p => p.Username == username.TrimStart('@'));
}

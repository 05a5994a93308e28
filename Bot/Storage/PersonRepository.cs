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
            return Record(user, at);
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
    public Person Ensure(ChatUser user, DateTime at) => db.People.FindById(user.Id) ?? Record(user, at);

    public Person? Find(string id) => db.People.FindById(id);

    /// <summary>
    /// Records someone new, unless another handler just did: a newcomer's slash command and thread reply arrive
    /// side by side (HTTP and websocket), and both found nobody. Looked up again under the write turn, where no
    /// one else can insert them meanwhile; a second insert would fail on the duplicate id (bench/RESULTS.notes.md,
    /// item 33).
    /// </summary>
    private Person Record(ChatUser user, DateTime at)
    {
        var newcomer = new Person { Id = user.Id, Username = user.Username, DisplayName = user.DisplayName, FirstSeenAt = at, LastActiveAt = at };
        var recorded = newcomer;
        db.InOneTransaction(() =>
        {
            if (db.People.FindById(newcomer.Id) is { } first)
            {
                recorded = first;
                return;
            }
            db.People.Insert(newcomer);
        });
        return recorded;
    }

    public Person? FindByUsername(string username) =>
        db.People.FindOne(p => p.Username == username.TrimStart('@'));
}

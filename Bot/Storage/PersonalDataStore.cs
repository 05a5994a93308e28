using MissionBot.Chat.Outbox;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Privacy;

namespace MissionBot.Storage;

/// <summary>
/// What the core collections (people, candidacies, missions, outbox) hold about one person, and how it is
/// erased: the person's record deleted, candidacies and owned missions kept for counts under an anonymous id,
/// messages to them deleted and mentions of them removed.
/// </summary>
public sealed class PersonalDataStore(BotDatabase db, OutboxRepository outbox)
{
    public Person? Person(string personId) => db.People.FindById(personId);

    public bool DeletePerson(string personId) => db.People.Delete(personId);

    public IReadOnlyList<Candidacy> Candidacies(string personId) => db.Candidacies.Find(c => c.PersonId == personId).OrderBy(c => c.CreatedAt).ToList();

    /// <summary>
    /// Re-keys the person's candidacies to <paramref name="anonymousId"/>; a candidacy still waiting on an open
    /// mission is withdrawn. Returns the candidacies touched.
    /// </summary>
    public IReadOnlyList<Candidacy> AnonymiseCandidacies(string personId, string anonymousId, DateTime at)
    {
        var mine = Candidacies(personId);
        foreach (var candidacy in mine)
        {
            db.Candidacies.Delete(candidacy.Key);
            if (candidacy.Status == CandidacyStatus.Active)
            {
                candidacy.Status = CandidacyStatus.Withdrawn;
                candidacy.WithdrawnAt = at;
            }
            candidacy.PersonId = anonymousId;
            candidacy.Username = "";
            candidacy.ReplyPostId = "";
            candidacy.Key = Candidacy.KeyFor(candidacy.MissionNumber, anonymousId);
            db.Candidacies.Insert(candidacy);
            db.ActiveCandidacies.Forget(candidacy.MissionNumber);
        }
        return mine;
    }

    public IReadOnlyList<Mission> MissionsOwned(string personId) => db.Missions.Find(m => m.OwnerId == personId).OrderBy(m => m.Number).ToList();

    /// <summary>Keeps the person's missions without their name, and removes mentions of them from every mission's text.</summary>
    public int AnonymiseMissions(string personId, string username, string anonymousId)
    {
        var touched = 0;
        foreach (var mission in db.Missions.FindAll().ToList())
        {
            var owned = mission.OwnerId == personId;
            var title = Mentions.Scrub(mission.Title, username);
            var description = Mentions.Scrub(mission.Description, username);
            if (!owned && title == mission.Title && description == mission.Description)
            {
                continue;
            }
            if (owned)
            {
                mission.OwnerId = anonymousId;
                mission.OwnerUsername = "";
            }
            mission.Title = title;
            mission.Description = description;
            db.Missions.Update(mission);
            touched++;
        }
        return touched;
    }

    /// <summary>Messages the bot sent (or will send) to the person, through its outbox.</summary>
    public IReadOnlyList<OutboxEntry> MessagesTo(string personId) =>
        db.Outbox.Find(e => e.Target == personId).OrderBy(e => e.CreatedAt).ToList();

    /// <summary>
    /// Deletes messages to the person and those whose idempotency key names them (a replay about someone
    /// forgotten has nothing left to send), and removes mentions of them from the others' text and buttons.
    /// </summary>
    public int EraseFromOutbox(string personId, string username) => outbox.EraseFor(
        entry => new[] { entry.Key, entry.Target, entry.SentChannelId }.Any(v => v.Contains(personId, StringComparison.Ordinal)),
        entry =>
        {
            var text = Mentions.Scrub(entry.Text, username);
            var buttons = entry.Buttons
                .Select(b => new OutboxButton { Id = b.Id, Label = Mentions.Scrub(b.Label, username), Command = Mentions.Scrub(b.Command, username) })
                .ToList();
            if (text == entry.Text && buttons.Zip(entry.Buttons).All(p => p.First.Label == p.Second.Label && p.First.Command == p.Second.Command))
            {
                return false;
            }
            entry.Text = text;
            entry.Buttons = buttons;
            return true;
        });
}

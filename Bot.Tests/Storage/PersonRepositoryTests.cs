using MissionBot.Chat;
using MissionBot.People;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>Someone new, seen by two handlers at once (a slash command and a thread reply), is recorded once.</summary>
public sealed class PersonRepositoryTests
{
    private static readonly DateTime Monday = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void ANewcomerRecordedByAnotherHandlerMeanwhile_IsReturned_NotInsertedTwice()
    {
        using var file = TestDatabases.Temporary("missionbot-people");
        using var db = new BotDatabase(file.Path);
        var people = new PersonRepository(db);
        var zoe = new ChatUser("zoe-id", "zoe", "Zoé");
        Person? touched = null;
        Exception? failure = null;
        var toucher = new Thread(() =>
        {
            try
            {
                touched = people.Touch(zoe, Monday.AddMinutes(1));
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });

        // The other handler holds the write turn: the touch finds nobody, then waits for the turn to record zoe.
        db.InOneTransaction(() =>
        {
            toucher.Start();
            Assert.That(SpinWait.SpinUntil(() => toucher.ThreadState.HasFlag(ThreadState.WaitSleepJoin), TimeSpan.FromSeconds(20)), Is.True, "the touch waits for the write turn");
            db.People.Insert(new Person { Id = zoe.Id, Username = "zoe", DisplayName = "Zoé", FirstSeenAt = Monday, LastActiveAt = Monday });
        });
        Assert.That(toucher.Join(TimeSpan.FromSeconds(20)), Is.True, "the touch returned");

        Assert.Multiple(() =>
        {
            Assert.That(failure, Is.Null, "no duplicate-key failure for the handler that came second");
            Assert.That(touched?.FirstSeenAt, Is.EqualTo(Monday), "the record the first handler made");
            Assert.That(db.People.Count(), Is.EqualTo(1));
        });
    }
}

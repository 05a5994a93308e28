using MissionBot.Chat.Outbox;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>What the relay finds to send again, from the list of pending entries the repository keeps in memory.</summary>
public sealed class OutboxPendingTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void EntriesLeftByAVersionWithoutSequenceNumbers_AreAllSentAgain_BeforeNewerOnes()
    {
        using var file = TestDatabases.Temporary("missionbot-outbox-pending");
        using (var earlier = new BotDatabase(file.Path))
        {
            // Three DMs to bob left pending by a version that did not number its entries (Sequence 0).
            earlier.Outbox.Insert(Enumerable.Range(1, 3).Select(i => new OutboxEntry
            {
                Key = $"old:{i}", Kind = OutboxKind.Direct, Target = "u-bob", Text = $"Message {i}", CreatedAt = Now.AddMinutes(i),
            }));
        }
        using var db = new BotDatabase(file.Path);
        using var outbox = new OutboxRepository(db);

        var newer = outbox.Add(new OutboxEntry { Key = "new:1", Kind = OutboxKind.Direct, Target = "u-bob", Text = "Nouveau", CreatedAt = Now.AddHours(1) });

        Assert.Multiple(() =>
        {
            Assert.That(outbox.Pending().Select(e => e.Key), Is.EqualTo(new[] { "old:1", "old:2", "old:3", "new:1" }));
            Assert.That(outbox.PendingBefore(newer).Select(e => e.Key), Is.EqualTo(new[] { "old:1", "old:2", "old:3" }), "the newer DM waits for them");
        });
    }
}

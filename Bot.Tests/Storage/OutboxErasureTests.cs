using MissionBot.Chat.Outbox;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>
/// A message that goes out around someone's erasure: its sender still holds the text from before, and writing
/// down that it went must not bring the erased name back into the database.
/// </summary>
public sealed class OutboxErasureTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    private OutboxOnDisk _disk = null!;
    private BotDatabase _db = null!;
    private OutboxRepository _outbox = null!;
    private PersonalDataStore _store = null!;

    [SetUp]
    public void SetUp()
    {
        _disk = new OutboxOnDisk("missionbot-outbox-erasure");
        (_db, _outbox) = (_disk.Database, _disk.Outbox);
        _store = new PersonalDataStore(_db, _outbox);
    }

    [TearDown]
    public void TearDown() => _disk.Dispose();

    [Test]
    public void AnErasureThatDeletesAJoinedPostsFirstMessage_SendsTheOthersOnTheirOwn_Scrubbed()
    {
        // Two notices to alice joined in one post; the first is about bob (deleted with him), the second names him.
        var first = _outbox.AddOrGet(new OutboxEntry { Key = "n1", Kind = OutboxKind.Direct, Target = "u-alice", Text = "Candidature de bob", MayJoinOthers = true, CreatedAt = Now });
        var second = _outbox.AddOrGet(new OutboxEntry { Key = "n2", Kind = OutboxKind.Direct, Target = "u-alice", Text = "@bob et @chloe se proposent", MayJoinOthers = true, CreatedAt = Now });
        Assert.That(_outbox.Join(first, [second]), Is.True);

        _outbox.EraseFor(e => e.Key == "n1", e =>
        {
            e.Text = e.Text.Replace("@bob", "(personne effacée)", StringComparison.Ordinal);
            return true;
        });

        Assert.That(_outbox.Pending().Select(e => (e.Key, e.State, e.Text)),
            Is.EqualTo(new[] { ("n2", OutboxState.Pending, "(personne effacée) et @chloe se proposent") }), "the second goes alone, scrubbed");
    }

    [Test]
    public void SentJustBeforeTheErasure_TheMarkWrittenAfterIt_KeepsTheNameOut()
    {
        var notice = NoticeToAliceAboutBob();
        Sent(notice);
        _outbox.MarkSettled(notice);

        _store.EraseFromOutbox("u-bob", "bob");
        _outbox.SaveMarks();

        AssertScrubbedAndSent();
    }

    [Test]
    public void SentDuringTheErasure_TheSendersCopy_DoesNotBringTheNameBack()
    {
        var notice = NoticeToAliceAboutBob();

        _store.EraseFromOutbox("u-bob", "bob");
        Sent(notice);
        _outbox.MarkSettled(notice);
        _outbox.SaveMarks();

        AssertScrubbedAndSent();
    }

    [Test]
    public void FailedDuringTheErasure_TheRetryRecord_DoesNotBringTheNameBack()
    {
        var notice = NoticeToAliceAboutBob();

        _store.EraseFromOutbox("u-bob", "bob");
        notice.Attempts++;
        _outbox.Update(notice);

        var stored = _db.Outbox.FindById(notice.Key);
        Assert.Multiple(() =>
        {
            Assert.That(stored.Text, Does.Not.Contain("bob"));
            Assert.That(stored.Attempts, Is.EqualTo(1));
            Assert.That(_outbox.Pending().Select(e => e.Text), Is.EqualTo(new[] { stored.Text }), "the relay sends the scrubbed text");
        });
    }

    [Test]
    public void AMessageToTheErasedPerson_IsNeitherKeptNorSentLater()
    {
        var direct = _outbox.Add(new OutboxEntry { Key = "ack:1", Kind = OutboxKind.Direct, Target = "u-bob", Text = "Merci bob !", CreatedAt = Now });

        _store.EraseFromOutbox("u-bob", "bob");
        direct.Attempts++;
        _outbox.Update(direct);

        Assert.Multiple(() =>
        {
            Assert.That(_db.Outbox.FindById(direct.Key), Is.Null);
            Assert.That(_outbox.Pending(), Is.Empty);
            Assert.That(_outbox.IsKnownPending(direct), Is.False, "nor is its key kept in memory");
        });
    }

    private OutboxEntry NoticeToAliceAboutBob() => _outbox.Add(new OutboxEntry
    {
        Key = "notice:1",
        Kind = OutboxKind.Direct,
        Target = "u-alice",
        Text = "@bob se propose pour la mission 1.",
        CreatedAt = Now,
    });

    private static void Sent(OutboxEntry entry)
    {
        entry.Attempts++;
        entry.State = OutboxState.Sent;
        entry.SentAt = Now;
        entry.SentChannelId = "dm-alice";
        entry.SentPostId = "p-notice";
    }

    private void AssertScrubbedAndSent()
    {
        var stored = _db.Outbox.FindById("notice:1");
        Assert.Multiple(() =>
        {
            Assert.That(stored.Text, Does.Not.Contain("bob"), "the erased name");
            Assert.That(stored.State, Is.EqualTo(OutboxState.Sent), "the delivery is recorded all the same");
            Assert.That(stored.SentPostId, Is.EqualTo("p-notice"));
        });
    }
}

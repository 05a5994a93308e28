using LiteDB;
using MissionBot.Chat.Outbox;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>
/// The outbox answers from memory for the entries still to send and for keys never recorded. Whatever happens
/// (recordings, sends, retries, joined posts, erasures, transactions rolled back), what it answers must be what the
/// database holds: a restart reads the database, and a message would otherwise go twice, never, or with an erased name.
/// </summary>
public sealed class OutboxKeptCopiesTests
{
    private static readonly DateTime Now = new(2026, 12, 8, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string[] People = ["u-alice", "u-bob", "u-chloe"];

    private OutboxOnDisk _disk = null!;
    private BotDatabase _db = null!;
    private OutboxRepository _outbox = null!;

    [SetUp]
    public void SetUp()
    {
        _disk = new OutboxOnDisk("missionbot-outbox-copies");
        (_db, _outbox) = (_disk.Database, _disk.Outbox);
    }

    [TearDown]
    public void TearDown() => _disk.Dispose();

    [Test]
    public void AMessageWhoseRecordingWasRolledBack_RecordedAgain_IsStoredAndSentAfterARestart()
    {
        Assert.Throws<InvalidOperationException>(() => _db.InOneTransaction(() =>
        {
            _outbox.AddOrGet(Dm("reply:p1:ack", "u-bob", "Merci Bob !"));
            throw new InvalidOperationException("the candidacy could not be written");
        }));

        var again = _outbox.AddOrGet(Dm("reply:p1:ack", "u-bob", "Merci Bob !"));

        Assert.That(again.State, Is.EqualTo(OutboxState.Pending));
        using var restarted = new OutboxRepository(_db);
        Assert.That(restarted.Pending().Select(e => e.Key), Is.EqualTo(new[] { "reply:p1:ack" }), "the relay after a restart sends it");
    }

    [Test]
    public void AJoinRolledBack_LeavesEachMessageToGoOnItsOwn()
    {
        var first = _outbox.AddOrGet(Dm("n1", "u-alice", "Bob se propose."));
        var second = _outbox.AddOrGet(Dm("n2", "u-alice", "Chloé se propose."));

        Assert.Throws<InvalidOperationException>(() => _db.InOneTransaction(() =>
        {
            Assert.That(_outbox.Join(first, [second]), Is.True);
            throw new InvalidOperationException("a later write failed");
        }));

        Assert.Multiple(() =>
        {
            Assert.That(_outbox.Find("n2")!.State, Is.EqualTo(OutboxState.Pending));
            Assert.That(_outbox.TextToSend(_outbox.Find("n1")!), Is.EqualTo("Bob se propose."), "the first post carries nothing");
            Assert.That(_outbox.Pending().Select(e => e.Key), Is.EqualTo(new[] { "n1", "n2" }));
        });
    }

    [Test]
    public void AnEntrySentLongAgo_RecordedAgainAfterTheOutboxReopens_IsNotSentTwice()
    {
        var ack = _outbox.AddOrGet(Dm("reply:p9:ack", "u-bob", "Merci Bob !"));
        ack.State = OutboxState.Sent;
        ack.SentPostId = "post-1";
        _outbox.MarkSettled(ack);
        _outbox.SaveMarks();

        using var reopened = new OutboxRepository(_db);
        var replayed = reopened.AddOrGet(Dm("reply:p9:ack", "u-bob", "Merci Bob !"));

        Assert.That((replayed.State, replayed.SentPostId), Is.EqualTo((OutboxState.Sent, "post-1")));
    }

    [Test]
    public void JoinedEntriesOfAPostStillToSend_AreNotPruned()
    {
        var first = _outbox.AddOrGet(Dm("n1", "u-alice", "Bob se propose.", Now.AddDays(-40)));
        var second = _outbox.AddOrGet(Dm("n2", "u-alice", "Chloé se propose.", Now.AddDays(-40)));
        Assert.That(_outbox.Join(first, [second]), Is.True);

        _outbox.PruneSent(Now.AddDays(-30));

        using var reopened = new OutboxRepository(_db);
        Assert.That(reopened.TextToSend(reopened.Find("n1")!), Is.EqualTo("Bob se propose.\n\nChloé se propose."));
    }

    [Test]
    public void ThePartsOfAPostSentLongAgo_ArePrunedWithIt()
    {
        var first = _outbox.AddOrGet(Dm("n1", "u-alice", "Bob se propose.", Now.AddDays(-40)));
        var second = _outbox.AddOrGet(Dm("n2", "u-alice", "Chloé se propose.", Now.AddDays(-40)));
        Assert.That(_outbox.Join(first, [second]), Is.True);
        first.State = OutboxState.Sent;
        _outbox.MarkSettled(first);
        _outbox.SaveMarks();

        var pruned = _outbox.PruneSent(Now.AddDays(-30));

        Assert.Multiple(() =>
        {
            Assert.That(pruned, Is.EqualTo(2));
            Assert.That(_db.Outbox.Count(), Is.Zero);
        });
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void AfterAnyMixOfWrites_TheOutboxAnswersWhatTheDatabaseHolds(int seed)
    {
        var random = new Random(seed);
        var keys = Enumerable.Range(1, 40).Select(i => $"k{i}").ToList();
        for (var step = 0; step < 400; step++)
        {
            var operation = random.Next(9);
            var action = operation switch
            {
                0 or 1 => Record(random, keys),
                2 => Settle(random),
                3 => Retry(random),
                4 => JoinSome(random),
                5 => Erase(random),
                6 => (Action)_outbox.SaveMarks,
                7 => RolledBack(Record(random, keys), Retry(random), JoinSome(random), Erase(random)),
                _ => Prune(random),
            };
            action();
            if (step % 10 == 9)
            {
                _outbox.SaveMarks();
                AssertAnswersAsStored(keys, $"seed {seed}, step {step}");
            }
        }
    }

    private Action Record(Random random, List<string> keys)
    {
        var entries = Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => random.Next(3) == 0
                ? new OutboxEntry { Key = keys[random.Next(keys.Count)], Kind = OutboxKind.Update, PostId = "post-1", Text = "Annonce", CreatedAt = Now }
                : Dm(keys[random.Next(keys.Count)], People[random.Next(People.Length)], $"Texte {random.Next(100)}", Now.AddDays(-random.Next(60))))
            .ToList();
        return () => _outbox.AddOrGetAll(entries);
    }

    private Action Settle(Random random) => () =>
    {
        if (Pick(random) is { } entry)
        {
            entry.State = random.Next(2) == 0 ? OutboxState.Sent : OutboxState.Abandoned;
            entry.SentPostId = "sent-" + entry.Key;
            _outbox.MarkSettled(entry);
        }
    };

    private Action Retry(Random random) => () =>
    {
        if (Pick(random) is { } entry)
        {
            entry.Attempts++;
            entry.State = random.Next(3) == 0 ? OutboxState.Abandoned : OutboxState.Pending;
            _outbox.Update(entry);
        }
    };

    private Action JoinSome(Random random) => () =>
    {
        var pending = _outbox.Pending().Where(e => e.Kind == OutboxKind.Direct && e.Carries.Count == 0).GroupBy(e => e.Target).Where(g => g.Count() > 1).ToList();
        if (pending.Count > 0)
        {
            var group = pending[random.Next(pending.Count)].ToList();
            _outbox.Join(group[0], group.Skip(1).Take(random.Next(1, 3)).ToList());
        }
    };

    private Action Erase(Random random)
    {
        var word = $"Texte {random.Next(100)}";
        return () => _outbox.EraseFor(e => e.Text == word && random.Next(2) == 0, e =>
        {
            if (!e.Text.StartsWith("Texte", StringComparison.Ordinal))
            {
                return false;
            }
            e.Text = "(effacé)";
            return true;
        });
    }

    private Action Prune(Random random) => () => _outbox.PruneSent(Now.AddDays(-random.Next(60)));

    private Action RolledBack(params Action[] writes) => () =>
        Assert.Throws<InvalidOperationException>(() => _db.InOneTransaction(() =>
        {
            foreach (var write in writes)
            {
                write();
            }
            throw new InvalidOperationException("rolled back");
        }));

    private OutboxEntry? Pick(Random random)
    {
        var pending = _outbox.Pending();
        return pending.Count == 0 ? null : pending[random.Next(pending.Count)];
    }

    private void AssertAnswersAsStored(List<string> keys, string where)
    {
        using var reopened = new OutboxRepository(_db);
        Assert.Multiple(() =>
        {
            foreach (var key in keys)
            {
                Assert.That(AsStored(_outbox.Find(key)), Is.EqualTo(AsStored(_db.Outbox.FindById(key))), $"{where}: {key}");
            }
            Assert.That(_outbox.Pending().Select(e => e.Key), Is.EqualTo(reopened.Pending().Select(e => e.Key)), $"{where}: what the relay sends");
            Assert.That(_outbox.KeptCopies, Is.EqualTo(reopened.KeptCopies), $"{where}: copies kept in memory (settled ones must go)");
        });
    }

    private string AsStored(OutboxEntry? entry) => entry is null ? "(none)" : JsonSerializer.Serialize(_db.Mapper.ToDocument(entry));

    private static OutboxEntry Dm(string key, string person, string text, DateTime? createdAt = null) =>
        new() { Key = key, Kind = OutboxKind.Direct, Target = person, Text = text, MayJoinOthers = true, CreatedAt = createdAt ?? Now };
}

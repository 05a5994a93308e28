using LiteDB;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>
/// LiteDB 5 corrupts its file when transactions on two collections write at the same time (they race on the
/// shared list of free pages). The bot writes from many handlers at once (candidacies, outbox, people,
/// delivery records…): <see cref="BotDatabase"/> makes every write take its turn. Without the turns, this
/// workload fails within a few hundred writes ("empty page must be defined as empty type").
/// </summary>
public sealed class OneWriterTests
{
    private const int Writers = 8;
    private const int WritesEach = 600;

    [Test]
    public void ManyHandlersWritingToDifferentCollections_AtTheSameTime_LeaveAFileThatReadsBackWhole()
    {
        using var file = TestDatabases.Temporary("missionbot-onewriter");
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var names = Enumerable.Range(0, Writers).Select(w => $"c{w}").ToArray();
        using (var db = TestBotDatabases.Open(file.Path, names))
        {
            using var start = new Barrier(Writers);
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Factory.StartNew(() =>
            {
                ILiteCollection<BsonDocument> collection;
                try
                {
                    collection = db.Collection<BsonDocument>($"c{w}");
                }
                catch (Exception ex)
                {
                    // Reported below, without leaving the other writers waiting for this one.
                    failures.Enqueue(ex);
                    start.RemoveParticipant();
                    return;
                }
                start.SignalAndWait();
                for (var i = 0; i < WritesEach; i++)
                {
                    try
                    {
                        // Documents of varied sizes, and deletions: pages are taken and given back all the time.
                        collection.Insert(new BsonDocument { ["_id"] = i, ["text"] = new string('x', 50 + (i * 37 % 3000)) });
                        if (i % 3 == 0)
                        {
                            collection.Delete(i);
                        }
                    }
                    catch (Exception ex)
                    {
                        failures.Enqueue(ex);
                    }
                }
            }, TaskCreationOptions.LongRunning)).ToArray();
            Assert.That(Task.WaitAll(writers, TimeSpan.FromMinutes(2)), Is.True, "the writers finished");
        }

        using var reopened = TestBotDatabases.Open(file.Path, names);
        var expected = Enumerable.Range(0, WritesEach).Where(i => i % 3 != 0).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(failures.Select(f => f.Message).Distinct(), Is.Empty, "no write failed");
            for (var w = 0; w < Writers; w++)
            {
                var documents = reopened.Collection<BsonDocument>($"c{w}").FindAll().ToList();
                Assert.That(documents.Select(d => d["_id"].AsInt32).Order(), Is.EqualTo(expected), $"collection c{w} after a restart");
                Assert.That(documents.All(d => d["text"].AsString.Length == 50 + (d["_id"].AsInt32 * 37 % 3000)), Is.True, $"c{w}'s documents intact");
            }
        });
    }

    [Test]
    public void AWriteInsideATransaction_TakesTheSameTurn_AndAFailureUndoesTheWholeTransaction()
    {
        using var file = TestDatabases.Temporary("missionbot-onewriter");
        using var db = TestBotDatabases.Open(file.Path, "notes");
        var notes = db.Collection<BsonDocument>("notes");

        Assert.Throws<InvalidOperationException>(() => db.InOneTransaction(() =>
        {
            notes.Insert(new BsonDocument { ["_id"] = 1 });
            throw new InvalidOperationException("second step failed");
        }));
        db.InOneTransaction(() =>
        {
            notes.Insert(new BsonDocument { ["_id"] = 2 });
            notes.Insert(new BsonDocument { ["_id"] = 3 });
        });

        Assert.That(notes.FindAll().Select(d => d["_id"].AsInt32), Is.EqualTo(new[] { 2, 3 }), "all or nothing");
    }

    [Test]
    public void ATransactionOpenedInsideAnother_IsRefused_AndTheWholeIsUndone()
    {
        using var file = TestDatabases.Temporary("missionbot-onewriter");
        using var db = TestBotDatabases.Open(file.Path, "notes");
        var notes = db.Collection<BsonDocument>("notes");

        // LiteDB would quietly join the two, and the inner commit would commit the outer transaction halfway.
        var refused = Assert.Throws<InvalidOperationException>(() => db.InOneTransaction(() =>
        {
            notes.Insert(new BsonDocument { ["_id"] = 1 });
            db.InOneTransaction(() => notes.Insert(new BsonDocument { ["_id"] = 2 }));
        }));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain("already open"));
            Assert.That(notes.Count(), Is.Zero, "nothing of the outer transaction was kept");
        });
    }
}

using System.Reflection;
using LiteDB;
using LiteDB.Engine;
using MissionBot.Chat.Outbox;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>
/// Old delivery records go in rounds, each its own short write, so that pruning months of them never holds the
/// bot's writes (acknowledgements, candidacies) back for long; and the rounds together read the collection once,
/// with no index but the key.
/// </summary>
public sealed class ChunkedDeleteTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void ManyOldRecords_GoInRoundsOfAtMostOneChunk_AndOnlyTheyGo()
    {
        using var file = TestDatabases.Temporary("missionbot-chunked");
        using var db = RecordedDatabase(file.Path, out var deletes);
        var records = db.GetCollection<ProcessedMessage>("processed");
        var old = (ChunkedDelete.ChunkSize * 2) + 7;
        // Old and recent records interleaved in key order, as post ids are.
        records.InsertBulk(Enumerable.Range(0, old).Select(i => new ProcessedMessage { Id = $"p{i:D4}a", At = Now.AddDays(-40) }));
        records.InsertBulk(Enumerable.Range(0, 30).Select(i => new ProcessedMessage { Id = $"p{i * 7:D4}b", At = Now.AddDays(-2) }));

        var removed = records.DeleteInChunks(p => p.At < Now.AddDays(-30));

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.EqualTo(old));
            Assert.That(records.FindAll().Select(p => p.Id), Is.EquivalentTo(Enumerable.Range(0, 30).Select(i => $"p{i * 7:D4}b")), "the recent records stay");
            Assert.That(deletes.Removed, Is.EqualTo(new[] { ChunkedDelete.ChunkSize, ChunkedDelete.ChunkSize, 7 }), "one write per round, none larger than a chunk");
        });
    }

    [Test]
    public void EveryRound_StartsWhereTheLastOneStopped_SoTheCollectionIsReadOnce()
    {
        using var file = TestDatabases.Temporary("missionbot-chunked");
        using var db = RecordedDatabase(file.Path, out var engine);
        var records = db.GetCollection<ProcessedMessage>("processed");
        // 1,000 records, one old in four: four rounds.
        records.InsertBulk(Enumerable.Range(0, 1000).Select(i => new ProcessedMessage { Id = $"p{i:D4}", At = i % 4 == 0 ? Now.AddDays(-40) : Now }));

        var removed = records.DeleteInChunks(p => p.At < Now.AddDays(-30));

        var roundsFrom = engine.RoundsFrom.ToList();
        var plan = records.Query().Where(StoredQueries.IdAfter("p0500")).Where(p => p.At < Now).OrderBy("_id").GetPlan();
        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.EqualTo(250));
            Assert.That(engine.Removed, Is.EqualTo(new[] { 100, 100, 50 }));
            // A round that started from the first key again would read the kept records of the rounds before it.
            Assert.That(roundsFrom, Is.EqualTo(new BsonValue[] { BsonValue.MinValue, "p0396", "p0796", "p0996" }), "each round starts after the last key removed");
            Assert.That(plan["index"]["mode"].AsString, Does.StartWith("INDEX SCAN(_id >"), "a range of the key index, not a scan from the first key");
            Assert.That(plan.ContainsKey("orderBy"), Is.False, "in key order as read, no sort");
        });
    }

    [Test]
    public void OldSentMessages_GoAndMessagesStillToSendStay()
    {
        using var file = TestDatabases.Temporary("missionbot-chunked");
        using var db = new BotDatabase(file.Path);
        var outbox = new OutboxRepository(db);
        for (var i = 0; i < 40; i++)
        {
            var entry = outbox.Add(new OutboxEntry { Key = $"auto:{i}", Kind = OutboxKind.Direct, Target = "bob", Text = "Merci !", CreatedAt = Now.AddDays(i % 2 == 0 ? -40 : -1) });
            entry.State = i % 10 == 0 ? OutboxState.Pending : OutboxState.Sent;
            outbox.Update(entry);
        }

        var removed = outbox.PruneSent(Now.AddDays(-30));

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.EqualTo(16), "the 20 old entries but the 4 still to send");
            Assert.That(db.Outbox.Count(), Is.EqualTo(24));
            Assert.That(outbox.Pending().Select(e => e.Key), Is.EqualTo(new[] { "auto:0", "auto:10", "auto:20", "auto:30" }), "a message still to send is never removed");
        });
    }

    /// <summary>A database at <paramref name="path"/> whose engine calls go through a <see cref="DeleteRecorder"/>.</summary>
    private static LiteDatabase RecordedDatabase(string path, out DeleteRecorder recorder)
    {
        var proxy = DispatchProxy.Create<ILiteEngine, DeleteRecorder>();
        recorder = (DeleteRecorder)(object)proxy;
        recorder.Target = new LiteEngine(new EngineSettings { Filename = path });
        return new LiteDatabase(new OneWriterEngine(proxy));
    }

    /// <summary>Forwards every call to the real engine and records how many documents each delete removed.</summary>
    public class DeleteRecorder : DispatchProxy
    {
        public ILiteEngine? Target { get; set; }

        public List<int> Removed { get; } = [];

        /// <summary>The key each query started after (<see cref="StoredQueries.IdAfter"/>).</summary>
        public List<BsonValue> RoundsFrom { get; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            try
            {
                if (targetMethod.Name == nameof(ILiteEngine.Query) && args![1] is Query query)
                {
                    RoundsFrom.AddRange(query.Where.Where(w => w.Source.Contains("_id", StringComparison.Ordinal)).Select(w => w.Parameters["0"]));
                }
                var result = targetMethod.Invoke(Target, args);
                if (targetMethod.Name is nameof(ILiteEngine.Delete) or nameof(ILiteEngine.DeleteMany))
                {
                    Removed.Add((int)result!);
                }
                return result;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
                throw;
            }
        }
    }
}

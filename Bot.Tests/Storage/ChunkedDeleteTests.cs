using System.Reflection;
using LiteDB;
using LiteDB.Engine;
using MissionBot.Chat.Outbox;
using MissionBot.Storage;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Storage;

/// <summary>
/// Old delivery records go in rounds, each its own short write, so that pruning months of them never holds the
/// bot's writes (acknowledgements, candidacies) back for long; and each round finds its records through an index.
/// </summary>
public sealed class ChunkedDeleteTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void ManyOldRecords_GoInRoundsOfAtMostOneChunk_AndOnlyTheyGo()
    {
        using var file = TestDatabases.Temporary("missionbot-chunked");
        var recorder = DispatchProxy.Create<ILiteEngine, DeleteRecorder>();
        var deletes = (DeleteRecorder)(object)recorder;
        deletes.Target = new LiteEngine(new EngineSettings { Filename = file.Path });
        using var db = new LiteDatabase(new OneWriterEngine(recorder));
        var records = db.GetCollection<ProcessedMessage>("processed");
        records.EnsureIndex(p => p.At);
        var old = (ChunkedDelete.ChunkSize * 2) + 7;
        records.InsertBulk(Enumerable.Range(0, old).Select(i => new ProcessedMessage { Id = $"old{i}", At = Now.AddDays(-40) }));
        records.InsertBulk(Enumerable.Range(0, 30).Select(i => new ProcessedMessage { Id = $"recent{i}", At = Now.AddDays(-2) }));

        var removed = records.DeleteInChunks(p => p.At < Now.AddDays(-30));

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.EqualTo(old));
            Assert.That(records.FindAll().Select(p => p.Id), Is.EquivalentTo(Enumerable.Range(0, 30).Select(i => $"recent{i}")), "the recent records stay");
            Assert.That(deletes.Removed, Is.EqualTo(new[] { ChunkedDelete.ChunkSize, ChunkedDelete.ChunkSize, 7 }), "one write per round, none larger than a chunk");
        });
    }

    [Test]
    public void OldSentMessages_AreFoundByDate_ThroughTheIndex()
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
        // The same condition as OutboxRepository.PruneSent: LiteDB must seek the date index, not read every entry.
        var plan = db.Outbox.Query().Where(e => e.CreatedAt < Now.AddDays(-30) && e.State != OutboxState.Pending).GetPlan();

        var removed = outbox.PruneSent(Now.AddDays(-30));

        Assert.Multiple(() =>
        {
            Assert.That(plan["index"]["name"].AsString, Is.EqualTo(nameof(OutboxEntry.CreatedAt)), "an index seek on the date");
            Assert.That(removed, Is.EqualTo(16), "the 20 old entries but the 4 still to send");
            Assert.That(db.Outbox.Count(), Is.EqualTo(24));
            Assert.That(db.Outbox.Count(e => e.State == OutboxState.Pending), Is.EqualTo(4), "a message still to send is never removed");
        });
    }

    /// <summary>Forwards every call to the real engine and records how many documents each delete removed.</summary>
    public class DeleteRecorder : DispatchProxy
    {
        public ILiteEngine? Target { get; set; }

        public List<int> Removed { get; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            try
            {
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

using System.Reflection;
using LiteDB.Engine;
using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

/// <summary>
/// Which calls to the LiteDB engine take the database's write turn: every call that writes, and none that only
/// reads (reads run side by side). Checked call by call against a recording engine, so that a write forwarded
/// without the turn (or a read made to wait) shows up here rather than as a corrupt file.
/// </summary>
public sealed class OneWriterEngineTests
{
    private static readonly HashSet<string> Writes =
    [
        "Insert", "Update", "UpdateMany", "Upsert", "Delete", "DeleteMany", "DropCollection", "RenameCollection",
        "EnsureIndex", "DropIndex", "BeginTrans", "Commit", "Rollback", "Checkpoint", "Rebuild", "Dispose",
    ];

    [Test]
    public void EveryCallThatWrites_HoldsTheWriteTurn_AndNoCallThatReads()
    {
        var inner = DispatchProxy.Create<ILiteEngine, WriteTurnRecorder>();
        var recorder = (WriteTurnRecorder)(object)inner;
        var engine = new OneWriterEngine(inner);
        recorder.Gate = engine.WriteGate;

        var calls = typeof(ILiteEngine).GetMethods().Concat(typeof(IDisposable).GetMethods()).ToList();
        foreach (var call in calls)
        {
            call.Invoke(engine, [.. call.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)]);
        }

        Assert.Multiple(() =>
        {
            Assert.That(recorder.Calls, Has.Count.EqualTo(calls.Count), "every call reached the engine underneath");
            foreach (var (call, heldTheTurn) in recorder.Calls)
            {
                // Pragma(name) reads a setting, Pragma(name, value) changes it.
                var writes = Writes.Contains(call.Name) || (call.Name == "Pragma" && call.GetParameters().Length == 2);
                Assert.That(heldTheTurn, Is.EqualTo(writes), $"{call}: {(writes ? "writes, so takes" : "reads, so does not take")} the write turn");
            }
        });
    }

    [Test]
    [Platform("Linux", Reason = "/dev/full refuses every write")]
    public void AWriteWhoseLogPagesCannotBeWritten_Fails_AndClosesTheDatabase_WhichThenClosesQuietly()
    {
        using var log = new DeferredSyncFileStream("/dev/full");
        var inner = DispatchProxy.Create<ILiteEngine, LogWritingEngine>();
        var recorder = (LogWritingEngine)(object)inner;
        recorder.Log = log;
        var engine = new OneWriterEngine(inner, log);

        // LiteDB believes the commit kept (it would answer reads with it): the caller must hear otherwise.
        Assert.Throws<IOException>(() => engine.Insert("notes", [], LiteDB.BsonAutoId.ObjectId));
        var closedAfterTheFailure = recorder.Disposed;
        Assert.DoesNotThrow(engine.Dispose);

        Assert.That(closedAfterTheFailure, Is.True, "closed at once, as LiteDB closes itself on an I/O error of its own");
    }

    /// <summary>An engine whose writes add a page to its log and flush it, as LiteDB's log writer does.</summary>
    public class LogWritingEngine : DispatchProxy
    {
        public Stream Log { get; set; } = Stream.Null;

        public bool Disposed { get; private set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == "Dispose")
            {
                Disposed = true;
                return null;
            }
            Log.Position = 0;
            Log.Write(new byte[8192]);
            Log.Flush();
            return 1;
        }
    }

    /// <summary>Records each call and whether the write turn was held at that moment; answers with defaults.</summary>
    public class WriteTurnRecorder : DispatchProxy
    {
        public object Gate { get; set; } = new();

        public List<(MethodInfo Call, bool HeldTheTurn)> Calls { get; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            Calls.Add((targetMethod, Monitor.IsEntered(Gate)));
            var returns = targetMethod.ReturnType;
            return returns.IsValueType && returns != typeof(void) ? Activator.CreateInstance(returns) : null;
        }
    }
}

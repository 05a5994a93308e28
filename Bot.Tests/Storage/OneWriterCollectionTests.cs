using System.Reflection;
using LiteDB;
using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

/// <summary>
/// Which members of a collection take the database's write turn: every member that writes, and none that only
/// reads (reads run side by side). Checked member by member against a recording collection, so that a member
/// forwarded without the turn (or a read made to wait) shows up here rather than as a corrupt file.
/// </summary>
public sealed class OneWriterCollectionTests
{
    private static readonly HashSet<string> Writes =
        ["Insert", "InsertBulk", "Update", "UpdateMany", "Upsert", "Delete", "DeleteAll", "DeleteMany", "EnsureIndex", "DropIndex"];

    [Test]
    public void EveryMemberThatWrites_HoldsTheWriteTurn_AndNoMemberThatReads()
    {
        var gate = new object();
        var inner = DispatchProxy.Create<ILiteCollection<BsonDocument>, WriteTurnRecorder>();
        var recorder = (WriteTurnRecorder)(object)inner;
        recorder.Gate = gate;
        var collection = new OneWriterCollection<BsonDocument>(inner, gate);

        var members = typeof(ILiteCollection<BsonDocument>).GetMethods();
        foreach (var member in members)
        {
            var callable = member.IsGenericMethodDefinition ? member.MakeGenericMethod(typeof(object)) : member;
            callable.Invoke(collection, [.. callable.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)]);
        }

        Assert.Multiple(() =>
        {
            Assert.That(recorder.Calls, Has.Count.EqualTo(members.Length), "every member reached the collection underneath");
            foreach (var (member, heldTheTurn) in recorder.Calls)
            {
                var writes = Writes.Contains(member.Name);
                Assert.That(heldTheTurn, Is.EqualTo(writes), $"{member}: {(writes ? "writes, so takes" : "reads, so does not take")} the write turn");
            }
        });
    }

    /// <summary>Records each call and whether the write turn was held at that moment; answers with defaults.</summary>
    public class WriteTurnRecorder : DispatchProxy
    {
        public object Gate { get; set; } = new();

        public List<(MethodInfo Member, bool HeldTheTurn)> Calls { get; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            Calls.Add((targetMethod, Monitor.IsEntered(Gate)));
            var returns = targetMethod.ReturnType;
            return returns.IsValueType && returns != typeof(void) ? Activator.CreateInstance(returns) : null;
        }
    }
}

using MissionBot.Chat.Outbox;

namespace MissionBot.Tests.Chat.Outbox;

/// <summary>One send at a time per destination, none held up by another destination, no gate kept for nothing.</summary>
public sealed class DestinationGatesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Test]
    public async Task SecondSendToTheSameDestination_WaitsForTheFirst_WhileAnotherDestinationGoesAtOnce()
    {
        var gates = new DestinationGates();
        var first = await gates.EnterAsync("dm:alice", CancellationToken.None);

        var second = gates.EnterAsync("dm:alice", CancellationToken.None);
        var other = gates.EnterAsync("dm:bob", CancellationToken.None);
        var otherWentAtOnce = other.IsCompletedSuccessfully;
        var secondWaited = !second.IsCompleted;
        first.Dispose();
        using var secondTurn = await second.WaitAsync(Patience);
        (await other).Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(otherWentAtOnce, Is.True, "bob's message is not held up by alice's");
            Assert.That(secondWaited, Is.True, "alice's messages leave one at a time");
        });
    }

    [Test]
    public async Task GatesAreForgotten_OnceNobodyHoldsOrWaitsForThem()
    {
        var gates = new DestinationGates();
        for (var i = 0; i < 100; i++)
        {
            (await gates.EnterAsync($"post:{i}", CancellationToken.None)).Dispose();
        }
        var held = await gates.EnterAsync("dm:alice", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = gates.EnterAsync("dm:alice", cancel.Token);
        await cancel.CancelAsync();
        var cancelled = Assert.CatchAsync<OperationCanceledException>(() => waiting);
        var whileHeld = gates.Count;
        held.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(cancelled, Is.Not.Null);
            Assert.That(whileHeld, Is.EqualTo(1), "only the destination in use has a gate");
            Assert.That(gates.Count, Is.Zero);
        });
    }
}

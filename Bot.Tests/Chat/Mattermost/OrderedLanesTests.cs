using System.Collections.Concurrent;
using MissionBot.Chat.Mattermost;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Chat.Mattermost;

public sealed class OrderedLanesTests
{
    [Test]
    public async Task WorkOfOneKey_RunsInOrder_WhileOtherKeysRunAlongside()
    {
        var done = new ConcurrentQueue<string>();
        var slowStarted = new TaskCompletionSource();
        var releaseSlow = new TaskCompletionSource();
        using var lanes = new OrderedLanes(8, async work =>
        {
            if (work.Event == "bob-1")
            {
                slowStarted.SetResult();
                await releaseSlow.Task;
            }
            done.Enqueue(work.Event);
        });

        lanes.Enqueue("bob", Work("bob-1"));
        lanes.Enqueue("bob", Work("bob-2"));
        await slowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var others = Enumerable.Range(0, 20).Select(i => $"p{i}").Where(k => k != "bob").ToList();
        foreach (var key in others)
        {
            lanes.Enqueue(key, Work(key));
        }
        // Keys sharing bob's lane wait behind him; every other one is done while bob-1 still runs.
        await Eventually.TrueAsync(() => done.Count >= others.Count / 2);
        var whileBobWaits = done.ToList();
        releaseSlow.SetResult();
        await lanes.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var all = done.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(whileBobWaits, Does.Not.Contain("bob-1").And.Not.Contain("bob-2"));
            Assert.That(all.IndexOf("bob-1"), Is.LessThan(all.IndexOf("bob-2")), "bob's posts in order");
            Assert.That(all, Has.Count.EqualTo(others.Count + 2));
            Assert.That(lanes.Pending, Is.Zero);
        });
    }

    private static StreamWork Work(string name) => new(name, 0, _ => Task.CompletedTask);
}

using System.Threading.Channels;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Runs work several at once while keeping the order of the work that shares a key: a key always lands in the
/// same lane, and each lane runs its work one item after the other. Hashing keys onto a fixed number of lanes
/// bounds the concurrency; two keys sharing a lane only wait for each other.
/// </summary>
internal sealed class OrderedLanes : IDisposable
{
    private readonly Channel<StreamWork>[] _lanes;
    private readonly Task[] _runners;
    private readonly Func<StreamWork, Task> _run;
    private readonly SemaphoreSlim _drained = new(0);
    private int _pending;

    /// <param name="run">Runs one item; must not throw (the caller's isolation and logging live there).</param>
    public OrderedLanes(int count, Func<StreamWork, Task> run)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _run = run;
        _lanes = new Channel<StreamWork>[count];
        _runners = new Task[count];
        for (var i = 0; i < count; i++)
        {
            var lane = Channel.CreateUnbounded<StreamWork>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            _lanes[i] = lane;
            _runners[i] = Task.Run(() => RunLaneAsync(lane.Reader));
        }
    }

    /// <summary>Queued or running items.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues the item behind the earlier items of its key. Called from one thread only.</summary>
    public void Enqueue(string key, StreamWork work)
    {
        Interlocked.Increment(ref _pending);
        var lane = _lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_lanes.Length)];
        if (!lane.Writer.TryWrite(work))
        {
            Finished();
        }
    }

    /// <summary>Waits until every queued item has run.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        // A release left over from an earlier idle moment only makes the loop check again.
        while (Pending > 0)
        {
            await _drained.WaitAsync(cancellationToken);
        }
    }

    /// <summary>No more items; returns when the lanes have run (or skipped) what they hold.</summary>
    public Task CompleteAsync()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
        return Task.WhenAll(_runners);
    }

    public void Dispose() => _drained.Dispose();

    private async Task RunLaneAsync(ChannelReader<StreamWork> reader)
    {
        await foreach (var work in reader.ReadAllAsync())
        {
            try
            {
                await _run(work);
            }
            finally
            {
                Finished();
            }
        }
    }

    private void Finished()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _drained.Release();
        }
    }
}

namespace MissionBot.Chat.Outbox;

/// <summary>
/// One gate per destination, held by one send at a time, and kept only while someone holds or waits for it: a
/// busy destination (an owner's DMs during a burst of volunteers) never holds up another one, and the gates of
/// the many destinations seen once (each reply's reaction) do not pile up in memory.
/// </summary>
internal sealed class DestinationGates
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the destination's turn; disposing the result gives the turn to the next one.</summary>
    public async Task<IDisposable> EnterAsync(string destination, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(destination, out gate!))
            {
                gate = new Gate(this, destination);
                _gates[destination] = gate;
            }
            gate.Users++;
        }
        try
        {
            await gate.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(gate);
            throw;
        }
        return new Held(gate);
    }

    /// <summary>Destinations with a send under way or waiting (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    private void Leave(Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                // Nobody holds or waits for it: the next send to this destination starts a new gate.
                _gates.Remove(gate.Destination);
            }
        }
    }

    private sealed class Gate(DestinationGates owner, string destination)
    {
        public DestinationGates Owner { get; } = owner;

        public string Destination { get; } = destination;

        public SemaphoreSlim Turn { get; } = new(1, 1);

        /// <summary>Holders and waiters; changed under the owner's lock.</summary>
        public int Users { get; set; }
    }

    private sealed class Held(Gate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Turn.Release();
                gate.Owner.Leave(gate);
            }
        }
    }
}

namespace MissionBot.Chat;

/// <summary>
/// Whether the adapter is connected to its chat server right now. Adapters report; /health reads.
/// </summary>
public sealed class ConnectionStatus
{
    private volatile string _state = "starting";
    private volatile bool _connected;

    public bool IsConnected => _connected;

    /// <summary>"starting", "connected", "reconnecting", "stopped"...</summary>
    public string State => _state;

    public void Report(bool connected, string state)
    {
        _connected = connected;
        _state = state;
    }
}

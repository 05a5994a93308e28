namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>How the fake server cuts the bot's websocket.</summary>
public enum WebSocketCut
{
    /// <summary>A close frame (1001 going away); sessions are kept for a resume.</summary>
    Close,

    /// <summary>The connection is reset without a close handshake; sessions are kept.</summary>
    Reset,

    /// <summary>Like a server restart: sockets closed and every connection_id forgotten (a new hello follows).</summary>
    Restart,

    /// <summary>The socket stays open but nothing comes through, not even pongs (half-open).</summary>
    Silence,
}

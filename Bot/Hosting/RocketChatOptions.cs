namespace MissionBot.Hosting;

/// <summary>How to reach Rocket.Chat (section "RocketChat").</summary>
public sealed class RocketChatOptions
{
    public const string Section = "RocketChat";

    /// <summary>Server address, e.g. https://chat.example.org (REST under /api/v1, realtime at /websocket).</summary>
    public string Url { get; set; } = "";

    /// <summary>The bot user's id, sent as X-User-Id.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The bot user's personal access token, sent as X-Auth-Token. Secret: from the environment only.</summary>
    public string Token { get; set; } = "";

    /// <summary>
    /// What starts a command in a message ("!mission list"): only Rocket.Chat Apps can register slash commands,
    /// so the bot reads messages instead.
    /// </summary>
    public string CommandPrefix { get; set; } = "!mission";

    /// <summary>Seconds of silence on the realtime connection before the bot reconnects.</summary>
    public int WebSocketTimeoutSeconds { get; set; } = 90;

    /// <summary>First wait before reconnecting after a failure; doubles on each new failure.</summary>
    public int ReconnectMinDelayMilliseconds { get; set; } = 1000;

    /// <summary>Longest wait between two reconnection attempts.</summary>
    public int ReconnectMaxDelaySeconds { get; set; } = 60;
}

namespace MissionBot.Hosting;

/// <summary>How to reach Mattermost (section "Mattermost").</summary>
public sealed class MattermostOptions
{
    public const string Section = "Mattermost";

    /// <summary>Server address, e.g. https://chat.example.org.</summary>
    public string Url { get; set; } = "";

    /// <summary>The bot account's access token. Secret: from the environment only.</summary>
    public string Token { get; set; } = "";

    /// <summary>Team name (as in the URL), where the missions channel lives.</summary>
    public string Team { get; set; } = "";

    /// <summary>The slash command's token, checked on every command request. Secret.</summary>
    public string CommandToken { get; set; } = "";

    /// <summary>Seconds of silence on the websocket before the bot reconnects.</summary>
    public int WebSocketTimeoutSeconds { get; set; } = 90;

    /// <summary>First pause before reconnecting the websocket; doubled (with jitter) at each failed attempt.</summary>
    public int ReconnectFirstDelayMilliseconds { get; set; } = 1000;

    /// <summary>Longest pause between two reconnection attempts.</summary>
    public int ReconnectMaxDelayMilliseconds { get; set; } = 60_000;

    /// <summary>Seconds a REST call may take before it counts as failed (and is retried).</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long a slash command, button click or form may take before the bot answers "working on it" and
    /// sends the real answer later: Mattermost gives up on an integration after 3 s by default.
    /// </summary>
    public int ReplyBudgetMilliseconds { get; set; } = 2500;

    /// <summary>
    /// How many posts are handled at once. A person's own posts are always handled in order; different
    /// people's posts overlap, so that one slow round trip to the server does not hold up everyone else.
    /// </summary>
    public int EventConcurrency { get; set; } = 16;
}

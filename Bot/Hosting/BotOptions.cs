namespace MissionBot.Hosting;

/// <summary>Top-level settings: which platform to talk to and in which language.</summary>
public sealed class BotOptions
{
    /// <summary>"console", "mattermost" or "rocketchat". Empty means: console unless a server URL is set.</summary>
    public string Platform { get; set; } = "";

    /// <summary>"fr" (default) or "en".</summary>
    public string Language { get; set; } = "fr";
}

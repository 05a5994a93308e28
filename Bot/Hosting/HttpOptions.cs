namespace MissionBot.Hosting;

/// <summary>The bot's own HTTP endpoint (section "Http").</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>Listen address, e.g. http://0.0.0.0:8080.</summary>
    public string Url { get; set; } = "http://0.0.0.0:8080";

    /// <summary>The bot's address as the chat server reaches it (button and dialog callbacks).</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>Secret used to sign button contexts. Empty: derived from the platform token.</summary>
    public string ActionSecret { get; set; } = "";
}

namespace MissionBot.Hosting;

/// <summary>Decides which chat platform to run on.</summary>
public static class PlatformSelector
{
    public const string Console = "console";
    public const string Mattermost = "mattermost";
    public const string RocketChat = "rocketchat";

    /// <summary>
    /// The configured platform, or, when none is set, the one whose server URL is configured;
    /// with no server at all, the console sandbox, so a fresh clone runs without any setup.
    /// </summary>
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration["Platform"]?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        if (!string.IsNullOrWhiteSpace(configuration["Mattermost:Url"]))
        {
            return Mattermost;
        }
        if (!string.IsNullOrWhiteSpace(configuration["RocketChat:Url"]))
        {
            return RocketChat;
        }
        return Console;
    }
}

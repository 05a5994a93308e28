namespace MissionBot.Tests.EndToEnd.Parity;

/// <summary>The platforms every shared scenario runs against.</summary>
public static class ChatPlatforms
{
    public static readonly string[] Names = ["mattermost", "rocketchat"];

    public static IChatPlatformUnderTest Create(string name) => name switch
    {
        "mattermost" => new MattermostPlatformUnderTest(),
        "rocketchat" => new RocketChatPlatformUnderTest(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such platform under test"),
    };
}

using MissionBot.Missions;

namespace MissionBot.Tests.EndToEnd.Parity;

/// <summary>
/// One chat platform with the real bot running against its fake server: the shared scenarios act as people
/// (a command, a thread reply, a click, a DM) and read what the bot did, without knowing which platform it is.
/// </summary>
public interface IChatPlatformUnderTest : IAsyncDisposable
{
    /// <summary>How people type the bot's command here, and how the bot's texts show it.</summary>
    string Command { get; }

    /// <summary>How a click on "Je me propose" is recorded: Mattermost tells clicks apart, Rocket.Chat cannot.</summary>
    CandidacySource ClickSource { get; }

    PlatformUser Alice { get; }

    PlatformUser Bob { get; }

    PlatformUser Carol { get; }

    IReadOnlyList<Mission> Missions { get; }

    IReadOnlyList<Candidacy> Candidacies { get; }

    /// <summary>The bot's announcements in the missions channel, oldest first.</summary>
    IReadOnlyList<BotPost> Announcements { get; }

    /// <summary>Starts the fake server, the three people and the real bot host, connected.</summary>
    Task StartAsync();

    /// <summary>Types the command (<paramref name="text"/> after the command word) and returns the bot's private answer.</summary>
    Task<string> CommandAsync(PlatformUser user, string text);

    /// <summary>Clicks "Je me propose" under an announcement and returns the bot's private answer.</summary>
    Task<string> ClickJoinAsync(PlatformUser user, BotPost announcement);

    /// <summary>Replies in an announcement's thread; returns the reply's id.</summary>
    Task<string> ReplyInThreadAsync(PlatformUser user, BotPost announcement, string text);

    /// <summary>Writes to the bot in a direct conversation.</summary>
    Task SendDirectAsync(PlatformUser user, string text);

    /// <summary>The announcement's text now (after the bot's edits).</summary>
    string CurrentText(BotPost post);

    /// <summary>Texts of what the bot wrote to <paramref name="user"/> in their direct conversation.</summary>
    IReadOnlyList<string> DirectMessagesTo(PlatformUser user);

    /// <summary>Emoji names the bot reacted with on a post.</summary>
    IReadOnlyList<string> BotReactionsOn(string postId);

    /// <summary>Waits until <paramref name="condition"/> holds, re-checked on every change on the fake server.</summary>
    Task WaitUntilAsync(Func<bool> condition, string what);

    /// <summary>Returns once the bot has handled everything people posted before (it handles events in order).</summary>
    Task BarrierAsync();
}

using System.Globalization;

namespace MissionBot.Texts;

public sealed class EnglishConsoleTexts : ConsoleTexts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public override string Banner(string username) => $"""
        Welcome to the MissionBot sandbox!
        The chat is simulated in this terminal: nothing is sent anywhere else.
        You are {username}. Each bot answer says where it went (channel, thread, direct message).

        {Help()}
        """;

    public override string Help() => """
        Sandbox commands:
          /mission help               the bot's help (every /mission command)
          /mission new                offer a mission (form, :cancel to close it)
          :as bob                     speak as bob (created if needed)
          :reply 12 count me in       reply in mission #12's thread
          :click 12                   click "Count me in" under mission #12
          :dm list                    write to the bot privately
          :say hello                  write in #town-square
          :help                       this help
          :quit                       quit
        """;

    public override string Goodbye() => "See you soon!";

    public override string ChannelLabel(string channelName) => $"[#{channelName}]";

    public override string ThreadLabel(string channelName, int? missionNumber) =>
        missionNumber is { } n ? $"[#{channelName} › thread #{n}]" : $"[#{channelName} › thread]";

    public override string DirectLabel(string username) => $"[DM → {username}]";

    public override string PrivateLabel(string username) => $"[private → {username}]";

    public override string UpdatedLabel(string channelName, int? missionNumber) =>
        missionNumber is { } n ? $"[#{channelName} · announcement #{n} updated]" : $"[#{channelName} · message edited]";

    public override string ReactionLabel(string emoji, string? authorUsername) =>
        authorUsername is null ? $"[reaction {emoji} on a message]" : $"[reaction {emoji} on {authorUsername}'s message]";

    public override string ButtonLabel(string label, string action) => $"[button “{label}” → {action}]";

    public override string ButtonsRemoved() => "[no more buttons]";

    public override string FileLabel(string username, string fileName, string size) => $"[DM → {username} · file {fileName}, {size}]";

    public override string FileSize(long bytes) => bytes switch
    {
        1 => "1 byte",
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(English, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(English, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    public override string MoreLines(int count) => $"… ({count} more line{(count > 1 ? "s" : "")} in the file)";

    public override string NowPlaying(string username) => $"· You are now {username}.";

    public override string MissingUsername() => "· Tell me who you want to be, for example: :as bob";

    public override string BadUsername(string typed) =>
        $"· \"{typed}\" can't be a username: lowercase letters, digits, dot, dash or underscore (for example: :as bob).";

    public override string BotUsername(string botUsername) => $"· {botUsername} is the bot itself: pick another name.";

    public override string ReplyUsage() => "· I need the mission's number and your reply, for example: :reply 12 count me in";

    public override string ClickUsage() => "· I need the mission's number, for example: :click 12";

    public override string TextMissing(string command) => $"· The message is missing, for example: {command} hello";

    public override string MissionNotFound(int number) => $"· I can't find mission #{number}. Type /mission list to see open missions.";

    public override string NoButton(int number) => $"· Mission #{number}'s announcement has no button any more: the mission is no longer open.";

    public override string UnknownSandboxCommand(string typed) => $"· I don't know \"{typed}\". Type :help for the sandbox commands.";

    public override string NotUnderstood(string typed) =>
        $"· I didn't understand \"{typed}\". Bot commands start with /mission (try /mission help); type :help for the sandbox's own.";

    public override string NoAnswer() => "· (the bot said nothing)";

    public override string FormIntro() => "· The form shows one field per line: answer each one (Enter to skip, :cancel to close).";

    public override string FormCancelled() => "· Form closed: nothing was posted.";

    public override string FormPrompt(string label) => $"  {label}: ";

    public override string YesNoHint() => "y/n";
}

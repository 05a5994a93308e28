using MissionBot.Commands;
using MissionBot.Missions;

namespace MissionBot.Texts;

/// <summary>
/// Everything the bot says, in one language. User text passed in is raw: implementations make it safe
/// with <see cref="SafeText"/>. Messages are short, friendly and say what to do next.
/// </summary>
public abstract class BotTexts
{
    protected BotTexts(string command) => Cmd = command;

    /// <summary>How people type the bot's command on this platform: "/mission" or "!mission".</summary>
    public string Cmd { get; }

    public static BotTexts For(string? language, string command = "/mission") =>
        string.Equals((language ?? "").Trim(), "en", StringComparison.OrdinalIgnoreCase) ? new EnglishTexts(command) : new FrenchTexts(command);

    public abstract string LanguageCode { get; }

    // Help and syntax
    /// <summary>The help: one line per subcommand, as given.</summary>
    public abstract string Help(IEnumerable<string> lines);
    public abstract string HelpLine(string subcommand);
    public abstract string Usage(string subcommand);
    /// <summary>Why a command was refused, with the subcommand's syntax reminder.</summary>
    public abstract string Error(CommandError error, string usage);
    public abstract string CommandTooLong(int max);
    public abstract string DirectMessageNotUnderstood();
    public abstract string WorkingOnIt();
    public abstract string SomethingWentWrong();

    /// <summary>A button click or form submission the bot cannot vouch for (forged, or signed with an old secret).</summary>
    public abstract string ActionNotRecognised();

    // Announcement
    public abstract string Announcement(Mission mission, int candidates);
    public abstract string JoinButton { get; }
    public abstract string StatusLabel(MissionStatus status);

    // Creation
    public abstract string MissionPosted(Mission mission);
    public abstract string MissionNotPosted();
    public abstract string FormOpened();

    /// <summary>The form could not be opened (the platform refused): the one-line command still works.</summary>
    public abstract string FormUnavailable();
    public abstract MissionFormLabels FormLabels { get; }

    // Volunteering
    public abstract string VolunteerAcknowledged(Mission mission);
    public abstract string OwnerNewCandidate(Mission mission, string candidateUsername, CandidacySource source, int candidates);
    public abstract string AlreadyCandidate(Mission mission);
    public abstract string OwnerCannotVolunteer(Mission mission);
    public abstract string Withdrawn(Mission mission);
    public abstract string OwnerCandidateWithdrew(Mission mission, string candidateUsername, int candidates);
    public abstract string NotCandidate(Mission mission);

    // Looking at missions
    public abstract string MissionNotFound(int number);
    public abstract string MissionNotOpen(Mission mission);
    /// <summary>The newest open missions (newest first); <paramref name="openCount"/> counts all the open ones.</summary>
    public abstract string OpenMissions(IReadOnlyList<Mission> missions, int openCount);
    public abstract string NoOpenMissions();
    public abstract string MissionDetails(Mission mission, int candidates, bool viewerIsCandidate);

    /// <summary>"15/12/2026" in French, "2026-12-15" in English.</summary>
    public abstract string Date(DateTime date);
}

namespace MissionBot.Texts;

/// <summary>
/// What the console sandbox itself says (labels of the transcript, its help and its errors), in the
/// bot's language. Kept apart from <see cref="BotTexts"/>: chat adapters never need these.
/// </summary>
public abstract class ConsoleTexts
{
    public static ConsoleTexts For(string? language) =>
        string.Equals((language ?? "").Trim(), "en", StringComparison.OrdinalIgnoreCase) ? new EnglishConsoleTexts() : new FrenchConsoleTexts();

    // Banner and help
    public abstract string Banner(string username);
    public abstract string Help();
    public abstract string Goodbye();

    // Labels of the transcript: where each bot action went
    public abstract string ChannelLabel(string channelName);
    public abstract string ThreadLabel(string channelName, int? missionNumber);
    public abstract string DirectLabel(string username);
    public abstract string PrivateLabel(string username);
    public abstract string UpdatedLabel(string channelName, int? missionNumber);
    public abstract string ReactionLabel(string emoji, string? authorUsername);
    public abstract string ButtonLabel(string label, string action);
    public abstract string ButtonsRemoved();

    /// <summary>A file sent by DM, e.g. "[DM → bob · fichier export.json, 1,2 Ko]"; <paramref name="size"/> comes from <see cref="FileSize"/>.</summary>
    public abstract string FileLabel(string username, string fileName, string size);

    /// <summary>A file's size as people read it: bytes under 1 KiB, then KiB and MiB with one decimal.</summary>
    public abstract string FileSize(long bytes);

    /// <summary>Under a file's first lines: how many were not shown.</summary>
    public abstract string MoreLines(int count);

    // Sandbox notes and errors
    public abstract string NowPlaying(string username);
    public abstract string MissingUsername();
    public abstract string BadUsername(string typed);
    public abstract string BotUsername(string botUsername);
    public abstract string ReplyUsage();
    public abstract string ClickUsage();
    public abstract string TextMissing(string command);
    public abstract string MissionNotFound(int number);
    public abstract string NoButton(int number);
    public abstract string UnknownSandboxCommand(string typed);
    public abstract string NotUnderstood(string typed);
    public abstract string NoAnswer();

    // The "new mission" form, asked line by line
    public abstract string FormIntro();
    public abstract string FormCancelled();
    public abstract string FormPrompt(string label);
    public abstract string YesNoHint();

    /// <summary>True for the answers that mean yes (oui, o, yes, y...).</summary>
    public static bool IsYes(string answer) =>
        TextNormalizer.Fold(answer.Trim()) is "o" or "oui" or "y" or "yes" or "x" or "1" or "vrai" or "true";

    /// <summary>True for the words that close the form without publishing.</summary>
    public static bool IsCancel(string answer) =>
        TextNormalizer.Fold(answer.Trim()) is ":annuler" or ":cancel";
}

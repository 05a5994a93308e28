using MissionBot.Missions;

namespace MissionBot.Texts.Privacy;

/// <summary>What the bot says about personal data: the export and the erasure.</summary>
public abstract class PrivacyTexts : IFeatureTexts
{
    protected PrivacyTexts(string command) => Cmd = command;

    public string Cmd { get; }

    public static PrivacyTexts For(string? language, string command = "/mission") =>
        string.Equals((language ?? "").Trim(), "en", StringComparison.OrdinalIgnoreCase) ? new EnglishPrivacyTexts(command) : new FrenchPrivacyTexts(command);

    public abstract string HelpLine(string subcommand);

    public abstract string Usage(string subcommand);

    public abstract string ExportFileName { get; }
    public abstract string ExportCaption();
    public abstract string ExportOnItsWay();
    public abstract string ExportNotSent();
    public abstract string TooBigForAMessage();

    public abstract string ConfirmForget();
    public abstract string CloseYourMissionsFirst(IReadOnlyList<Mission> open);
    public abstract string Forgotten();
}

using MissionBot.Missions;
using MissionBot.Reports;

namespace MissionBot.Texts.Reports;

/// <summary>What the bot says in the yearly report and writes in the yearly documentation.</summary>
public abstract class ReportTexts : IFeatureTexts
{
    protected ReportTexts(string command) => Cmd = command;

    public string Cmd { get; }

    public static ReportTexts For(string? language, string command = "/mission") =>
        string.Equals((language ?? "").Trim(), "en", StringComparison.OrdinalIgnoreCase) ? new EnglishReportTexts(command) : new FrenchReportTexts(command);

    public abstract string HelpLine(string subcommand);

    public abstract string Usage(string subcommand);

    public abstract string NotCoordinator();
    public abstract string BadYear(string typed);
    public abstract string OnItsWay(int year, bool document);
    public abstract string NotSent();

    /// <summary>The readable report, sent with the JSON export.</summary>
    public abstract string Summary(YearReport report);
    public abstract string CsvCaption(int year);
    public abstract string DocumentCaption(int year, int missions);
    public abstract string TooBigForAMessage(string fileName);

    /// <summary>The yearly documentation: every mission of the year, in Markdown.</summary>
    public abstract string Document(YearReport report);

    public abstract IReadOnlyList<string> CsvHeader { get; }
    public abstract string StatusLabel(MissionStatus status, bool done);
    public abstract string YesNo(bool value);

    /// <summary>A number as the language's spreadsheets read it: "150,5" in French, "150.5" in English.</summary>
    public abstract string Number(decimal value);
    public abstract string ContributionTerms(decimal? percent, bool free);

    /// <summary>Name of someone who asked to be forgotten, wherever a name would be.</summary>
    public abstract string Forgotten { get; }

    protected string Name(string username) => username.Length == 0 ? Forgotten : "@" + username;
}

using System.Globalization;
using MissionBot.Jury;
using MissionBot.Missions;

namespace MissionBot.Texts.Jury;

/// <summary>What the bot says about juries: setting them up, scoring privately, the ranking.</summary>
public abstract class JuryTexts : IFeatureTexts
{
    protected JuryTexts(string command) => Cmd = command;

    public string Cmd { get; }

    public static JuryTexts For(string? language, string command = "/mission") =>
        string.Equals((language ?? "").Trim(), "en", StringComparison.OrdinalIgnoreCase) ? new EnglishJuryTexts(command) : new FrenchJuryTexts(command);

    public abstract string HelpLine(string subcommand);

    public abstract string Usage(string subcommand);

    // Setting up
    public abstract string NotAllowed(Mission mission);
    public abstract string NotOpen(Mission mission);
    public abstract string NotPaid(Mission mission);
    public abstract string NobodyNamed(int missionNumber);
    public abstract string BadGrid(string typed);
    public abstract string GridLocked(Mission mission, MissionJury jury);
    public abstract string JuryUpdated(Mission mission, MissionJury jury, IReadOnlyList<string> added, IReadOnlyList<JuryEvent> refused, IReadOnlyList<string> unknown, IReadOnlyList<string> already);
    public abstract string AnonymousOn(Mission mission, int alreadyInvited);

    // Jurors
    /// <summary>The DM a new juror receives; <paramref name="candidacies"/> carry no names in the anonymous view.</summary>
    public abstract string Invite(Mission mission, MissionJury jury, IReadOnlyList<(string Label, string? Username)> candidacies);
    public abstract string NewCandidacy(Mission mission, MissionJury jury, string label, string? username);
    public abstract string RemovedJuror(Mission mission, JuryEventKind kind);
    public abstract string OwnerJurorRemoved(Mission mission, JuryEvent removed);

    // Scoring and results
    public abstract string NotJuror(Mission mission);
    public abstract string NoJury(Mission mission);
    public abstract string UnknownCandidacy(Mission mission, string typed, IReadOnlyList<string> labels);
    public abstract string ScoreHowTo(int missionNumber);
    public abstract string BadScores(Mission mission, MissionJury jury, string label);
    public abstract string Scored(Mission mission, MissionJury jury, string label, IReadOnlyList<int> scores, double total, IReadOnlyList<string> remaining);
    public abstract string Results(Mission mission, MissionJury jury, IReadOnlyList<RankedCandidacy> ranking, bool showNames, IReadOnlyList<(string Username, int Missing)> missing);

    /// <summary>The line a candidate not selected reads: the grid, their score and rank.</summary>
    public abstract string CriteriaLine(MissionJury jury, double total, int rank, int count);

    protected static string Points(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);

    protected static string OutOf(double value, int max) => $"{Points(value)}/{max.ToString(CultureInfo.InvariantCulture)}";
}

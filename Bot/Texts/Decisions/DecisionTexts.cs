using MissionBot.Decisions;
using MissionBot.Missions;

namespace MissionBot.Texts.Decisions;

/// <summary>
/// What the bot says when a mission is decided (selection, closing, cancelling), when it asks for a reason,
/// and about owners' responsiveness. User text passed in is raw: implementations make it safe.
/// </summary>
public abstract class DecisionTexts : IFeatureTexts
{
    protected DecisionTexts(string command) => Cmd = command;

    /// <summary>How people type the bot's command: "/mission" or "!mission".</summary>
    public string Cmd { get; }

    public static DecisionTexts For(string? language, string command = "/mission") =>
        string.Equals((language ?? "").Trim(), "en", StringComparison.OrdinalIgnoreCase) ? new EnglishDecisionTexts(command) : new FrenchDecisionTexts(command);

    public abstract string HelpLine(string subcommand);

    public abstract string Usage(string subcommand);

    // Refusals
    public abstract string NotAllowed(Mission mission);
    public abstract string NotOpen(Mission mission);
    public abstract string NobodyChosen(int number);
    public abstract string NotACandidate(Mission mission, string typed, IReadOnlyList<string> candidates);
    public abstract string UnknownReason(string typed, IReadOnlyList<RefusalReason> grid);

    // Asking for a reason or a confirmation before anything is sent
    public abstract string ReasonAsked(Mission mission, IReadOnlyList<string> selected, IReadOnlyList<string> waiting, IReadOnlyList<RefusalReason> grid);
    public abstract string ConfirmationAsked(Mission mission, DecisionKind kind, IReadOnlyList<string> waiting, RefusalReason defaultReason, IReadOnlyList<RefusalReason> grid);
    public abstract string AskedPrivately(Mission mission, DecisionKind kind, int waiting, string example);
    public abstract string ConfirmButton { get; }

    /// <summary>The word that confirms the default reason in examples: "confirmer".</summary>
    public abstract string ConfirmWord { get; }

    /// <summary>The word before a reason in examples: "raison".</summary>
    public abstract string ReasonWord { get; }

    // Decided
    public abstract string Decided(Mission mission, IReadOnlyList<string> selected, int others, RefusalReason? reason);
    public abstract string SelectedMessage(Mission mission);
    public abstract string NotSelectedMessage(Mission mission, string reason, string? detail);
    public abstract string ThreadLine(Mission mission, IReadOnlyList<string> selected, int answered);
    public abstract string OwnerToldOfDecision(Mission mission, string deciderUsername, IReadOnlyList<string> selected);

    // Responsiveness
    /// <summary>"**Réactivité :** 92 % de réponses, en 2 jours".</summary>
    public abstract string ResponsivenessLine(Responsiveness responsiveness);
    public abstract string Reminder(Mission mission, IReadOnlyList<string> waiting, int days);
    /// <summary>A delay as people say it: "moins d'une heure", "5 heures", "2 jours".</summary>
    public abstract string Delay(TimeSpan delay);

    /// <summary>"92 %" in French, "92%" in English.</summary>
    public abstract string Percent(double share);

    protected static string Mentions(IEnumerable<string> usernames) => string.Join(", ", usernames.Select(u => "@" + u));
}

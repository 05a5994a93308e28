using MissionBot.Missions;

namespace MissionBot.Texts.FollowUp;

/// <summary>What the bot says after a mission: marking it done, asking for a rating, recording contributions.</summary>
public abstract class FollowUpTexts : IFeatureTexts
{
    protected FollowUpTexts(string command) => Cmd = command;

    public string Cmd { get; }

    public static FollowUpTexts For(string? language, string command = "/mission") =>
        string.Equals((language ?? "").Trim(), "en", StringComparison.OrdinalIgnoreCase) ? new EnglishFollowUpTexts(command) : new FrenchFollowUpTexts(command);

    public abstract string HelpLine(string subcommand);

    public abstract string Usage(string subcommand);

    // Done
    public abstract string NotAllowed(Mission mission);
    public abstract string NotFilled(Mission mission);
    public abstract string AlreadyDone(Mission mission);
    public abstract string Completed(Mission mission, int asked);

    // Feedback
    public abstract string FeedbackAsk(Mission mission, bool isOwner, IReadOnlyList<string> selected);
    public abstract string FeedbackThanks(int missionNumber, int rating);
    public abstract string FeedbackNotAsked(int? missionNumber);
    public abstract string BadRating(int missionNumber);

    // Contributions
    public abstract string ContributionRecorded(Mission mission, decimal? amount, string description);
    public abstract string ContributionNotPaid(Mission mission);
    public abstract string ContributionNotSelected(Mission mission);
    public abstract string ContributionMissing(int missionNumber);
    /// <summary>The announcement's line for a paid mission with a contribution; null otherwise.</summary>
    public abstract string? ContributionLine(Mission mission);

    /// <summary>"150 €" in French, "€150" in English.</summary>
    public abstract string Money(decimal amount);
}

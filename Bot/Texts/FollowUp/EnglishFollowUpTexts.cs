using System.Globalization;
using MissionBot.Missions;

namespace MissionBot.Texts.FollowUp;

public sealed class EnglishFollowUpTexts(string command) : FollowUpTexts(command)
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public override string HelpLine(string subcommand) => subcommand switch
    {
        "done" => $"`{Cmd} done 12`: your filled mission #12 is done (I ask everyone for feedback)",
        "feedback" => $"`{Cmd} feedback 12 5 Great teamwork`: rate a finished mission (1 to 5 and one sentence)",
        "contribution" => $"`{Cmd} contribution 12 150€`: record what you gave back to the network for paid mission #12",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "done" => $"`{Cmd} done 12`",
        "feedback" => $"`{Cmd} feedback 12 5 Great teamwork, thanks!`",
        "contribution" => $"`{Cmd} contribution 12 150€` (or in kind: `{Cmd} contribution 12 2 days of facilitation`)",
        _ => $"`{Cmd} help`",
    };

    public override string NotAllowed(Mission mission) =>
        $"Only @{mission.OwnerUsername}, who runs mission **#{mission.Number}**, or a coordinator can mark it done.";

    public override string NotFilled(Mission mission) => mission.Status == MissionStatus.Open
        ? $"Nobody is selected for mission **#{mission.Number}** yet: select first with `{Cmd} select {mission.Number} @bob`, or close it with `{Cmd} close {mission.Number}`."
        : $"Mission **#{mission.Number}** was not filled: there is nothing done to record.";

    public override string AlreadyDone(Mission mission) =>
        $"Mission **#{mission.Number}** is already recorded as done: nothing to do again.";

    public override string Completed(Mission mission, int asked) =>
        $"Recorded: mission **#{mission.Number}** is done, well done! I asked {(asked == 1 ? "one person" : $"{asked} people")}, you included, for feedback (a 1 to 5 rating and one sentence).";

    public override string FeedbackAsk(Mission mission, bool isOwner, IReadOnlyList<string> selected) =>
        $"Mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\" is over" +
        (isOwner && selected.Count > 0 ? $" (with {string.Join(", ", selected.Select(s => "@" + s))})" : "") +
        ": how did it go? Answer me here with a rating from 1 to 5 and one sentence, for example \"5 Great teamwork, thanks!\". " +
        $"(Or type `{Cmd} feedback {mission.Number} 5 Great teamwork`.)";

    public override string FeedbackThanks(int missionNumber, int rating) =>
        $"Thank you! Your feedback on mission **#{missionNumber}** ({rating}/5) is recorded. It helps the network improve.";

    public override string FeedbackNotAsked(int? missionNumber) => missionNumber is { } n
        ? $"I did not ask you for feedback on mission **#{n}**: only the selected people and the mission's owner give some, once the mission is over."
        : "I have not asked you for feedback on any mission yet.";

    public override string BadRating(int missionNumber) =>
        $"Give a rating from 1 to 5, then one sentence: `{Cmd} feedback {missionNumber} 4 Great team`.";

    public override string ContributionRecorded(Mission mission, decimal? amount, string description) =>
        $"Thank you! Your contribution {(amount is { } a ? $"of {Money(a)}" : $"\"{SafeText.Inline(description)}\"")} for mission **#{mission.Number}** is recorded: " +
        "it will appear in the network's yearly report.";

    public override string ContributionNotPaid(Mission mission) =>
        $"Mission **#{mission.Number}** is a volunteer mission: there is no contribution to record.";

    public override string ContributionNotSelected(Mission mission) =>
        $"Only the people selected for mission **#{mission.Number}** record a contribution for it.";

    public override string ContributionMissing(int missionNumber) =>
        $"Tell me what you gave back, for example: `{Cmd} contribution {missionNumber} 150€`.";

    public override string? ContributionLine(Mission mission) =>
        !mission.Paid ? null
        : mission.ContributionPercent is { } p ? $"**Contribution to the network:** {p.ToString("0.##", En)}% of the fee"
        : mission.ContributionFree ? "**Contribution to the network:** free (everyone decides what is fair)"
        : null;

    public override string Money(decimal amount) => $"€{amount.ToString("#,0.##", En)}";
}

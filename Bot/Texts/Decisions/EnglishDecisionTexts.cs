using System.Globalization;
using System.Text;
using MissionBot.Decisions;
using MissionBot.Missions;

namespace MissionBot.Texts.Decisions;

public sealed class EnglishDecisionTexts(string command) : DecisionTexts(command)
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public override string HelpLine(string subcommand) => subcommand switch
    {
        "select" => $"`{Cmd} select 12 @bob reason: availability`: select @bob for your mission #12; every other candidate gets an answer with the reason",
        "close" => $"`{Cmd} close 12`: close your mission without a selection (every candidate gets an answer); on a filled mission: mark it done",
        "cancel" => $"`{Cmd} cancel 12`: cancel your mission (every candidate is told)",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "select" => $"`{Cmd} select 12 @bob [@carol] [reason: availability]`",
        "close" => $"`{Cmd} close 12 [reason]` or `{Cmd} close 12 confirm`",
        "cancel" => $"`{Cmd} cancel 12 [reason]` or `{Cmd} cancel 12 confirm`",
        _ => $"`{Cmd} help`",
    };

    public override string NotAllowed(Mission mission) =>
        $"Only @{mission.OwnerUsername}, who runs mission **#{mission.Number}**, its jury or a coordinator can decide for this mission.";

    public override string NotOpen(Mission mission) =>
        $"Mission **#{mission.Number}** is no longer open (it was already decided): every candidate got their answer.";

    public override string NobodyChosen(int number) =>
        $"Tell me who you select, for example: `{Cmd} select {number} @bob`. To close without a selection: `{Cmd} close {number}`.";

    public override string NotACandidate(Mission mission, string typed, IReadOnlyList<string> candidates) =>
        $"\"{SafeText.Inline(typed)}\" is not a candidate for mission **#{mission.Number}**. " +
        (candidates.Count == 0 ? "No candidacy is waiting." : $"Waiting candidacies: {Mentions(candidates)}.") +
        " Nothing was sent.";

    public override string UnknownReason(string typed, IReadOnlyList<RefusalReason> grid) =>
        $"I don't know the reason \"{SafeText.Inline(typed)}\". Pick one from the grid (number or word):\n{Grid(grid)}\nNothing was sent.";

    public override string ReasonAsked(Mission mission, IReadOnlyList<string> selected, IReadOnlyList<string> waiting, IReadOnlyList<RefusalReason> grid) =>
        $"Before I announce your decision for mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\" ({Mentions(selected)} selected): " +
        $"which reason should I give the {(waiting.Count == 1 ? "person" : $"{waiting.Count} people")} not selected ({Mentions(waiting)})?\n" +
        $"{Grid(grid)}\nClick a reason, or answer here with its number. Nothing is sent until you choose.";

    public override string ConfirmationAsked(Mission mission, DecisionKind kind, IReadOnlyList<string> waiting, RefusalReason defaultReason, IReadOnlyList<RefusalReason> grid) =>
        $"You want to {(kind == DecisionKind.Cancel ? "cancel" : "close")} mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\", " +
        $"but {(waiting.Count == 1 ? "one candidacy is" : $"{waiting.Count} candidacies are")} still waiting for an answer ({Mentions(waiting)}). " +
        $"Nobody should be left without an answer: confirm that I send them \"{SafeText.Inline(defaultReason.Text)}\", or pick another reason:\n" +
        $"{Grid(grid)}\nAnswer here \"confirm\" or a reason's number. Nothing is sent until you choose.";

    public override string AskedPrivately(Mission mission, DecisionKind kind, int waiting, string example) =>
        (kind == DecisionKind.Select
            ? $"Almost done: {(waiting == 1 ? "one other person is" : $"{waiting} other people are")} waiting for an answer. Which reason should they get? "
            : $"{(waiting == 1 ? "One candidacy is" : $"{waiting} candidacies are")} still waiting for an answer: confirm the reason to give them. ") +
        $"I asked you in a direct message, with the grid of reasons. You can also type: `{example}`. Nothing was sent yet.";

    public override string ConfirmButton => "Confirm";

    public override string ConfirmWord => "confirm";

    public override string ReasonWord => "reason";

    public override string Decided(Mission mission, IReadOnlyList<string> selected, int others, RefusalReason? reason)
    {
        var text = new StringBuilder();
        text.Append(mission.Status switch
        {
            MissionStatus.Filled => $"Done: {Mentions(selected)} {(selected.Count > 1 ? "are" : "is")} selected for mission **#{mission.Number}** and told privately.",
            MissionStatus.Cancelled => $"Done: mission **#{mission.Number}** is cancelled.",
            _ => $"Done: mission **#{mission.Number}** is closed.",
        });
        if (others > 0 && reason is not null)
        {
            text.Append(En, $" {(others == 1 ? "The other candidate" : $"The {others} other candidates")} got a personal answer (\"{SafeText.Inline(reason.Text)}\").");
        }
        text.Append(" The announcement is up to date. Thanks for answering everyone!");
        return text.ToString();
    }

    public override string SelectedMessage(Mission mission)
    {
        var text = new StringBuilder();
        text.Append(En, $"🎉 Good news: you are selected for mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\"! ");
        text.Append(En, $"Next step: @{mission.OwnerUsername}, who runs the mission, will contact you; you can also write to them directly.");
        if (mission.DueDate is { } due)
        {
            text.Append(En, $" Due date: {due.ToString("yyyy-MM-dd", En)}.");
        }
        if (mission.ContributionPercent is { } percent)
        {
            text.Append(En, $"\nThis mission includes a {percent.ToString("0.##", En)}% contribution to the network: once paid, record it with `{Cmd} contribution {mission.Number} 150€`.");
        }
        else if (mission.ContributionFree)
        {
            text.Append(En, $"\nThis mission includes a free contribution to the network (you decide what is fair): record it with `{Cmd} contribution {mission.Number} 150€`.");
        }
        return text.ToString();
    }

    public override string NotSelectedMessage(Mission mission, string reason, string? detail)
    {
        var text = new StringBuilder();
        text.Append(mission.Status switch
        {
            MissionStatus.Cancelled => $"Mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\", which you volunteered for, is cancelled: {SafeText.Inline(reason)}.",
            MissionStatus.Closed => $"Mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\", which you volunteered for, is closed: {SafeText.Inline(reason)}.",
            _ => $"Thank you for volunteering for mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\". This time your candidacy was not selected: {SafeText.Inline(reason)}.",
        });
        if (!string.IsNullOrEmpty(detail))
        {
            text.Append('\n').Append(detail);
        }
        text.Append(En, $"\nThanks for stepping up! Other missions are waiting: `{Cmd} list`.");
        return text.ToString();
    }

    public override string ThreadLine(Mission mission, IReadOnlyList<string> selected, int answered)
    {
        var thanks = answered switch
        {
            0 => "",
            1 => " Thanks to the person who volunteered: they got a personal answer.",
            _ => $" Thanks to the {answered} people who volunteered: each got a personal answer.",
        };
        return mission.Status switch
        {
            MissionStatus.Filled => $"✅ Mission filled: {Mentions(selected)} {(selected.Count > 1 ? "are" : "is")} selected.{thanks}",
            MissionStatus.Cancelled => $"Mission cancelled.{thanks}",
            _ => $"Mission closed without a selection.{thanks}",
        };
    }

    public override string OwnerToldOfDecision(Mission mission, string deciderUsername, IReadOnlyList<string> selected) =>
        $"@{deciderUsername} decided for your mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\": " +
        (mission.Status == MissionStatus.Filled ? $"{Mentions(selected)} selected." : $"mission {(mission.Status == MissionStatus.Cancelled ? "cancelled" : "closed")}.") +
        " Every candidate got an answer.";

    public override string ResponsivenessLine(Responsiveness responsiveness) =>
        responsiveness.MedianDelay is { } delay
            ? $"**Responsiveness:** {Percent(responsiveness.Share)} answered, within {Delay(delay)}"
            : $"**Responsiveness:** {Percent(responsiveness.Share)} answered";

    public override string Reminder(Mission mission, IReadOnlyList<string> waiting, int days) =>
        $"A quick reminder: {(waiting.Count == 1 ? "one candidacy has" : $"{waiting.Count} candidacies have")} been waiting for your answer for more than {days} days " +
        $"on your mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\": {Mentions(waiting)}.\n" +
        $"To select someone: `{Cmd} select {mission.Number} @{waiting[0]}`; to close without a selection: `{Cmd} close {mission.Number}`. " +
        "Everyone deserves an answer, even a short one 🙂";

    public override string Delay(TimeSpan delay) => delay switch
    {
        { TotalHours: < 1 } => "less than an hour",
        { TotalHours: < 1.5 } => "1 hour",
        { TotalDays: < 1 } => $"{Math.Round(delay.TotalHours).ToString(En)} hours",
        { TotalDays: < 1.5 } => "1 day",
        _ => $"{Math.Round(delay.TotalDays).ToString(En)} days",
    };

    public override string Percent(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString(En)}%";

    private static string Grid(IReadOnlyList<RefusalReason> grid) =>
        string.Join("\n", grid.Select(r => $"{r.Number}. **{SafeText.Inline(r.Label)}**: {SafeText.Inline(r.Text)}"));
}

using System.Globalization;
using System.Text;
using MissionBot.Commands;
using MissionBot.Missions;

namespace MissionBot.Texts;

public sealed class EnglishTexts(string command) : BotTexts(command)
{
    public override string LanguageCode => "en";

    public override string Help(IEnumerable<string> lines) =>
        "**MissionBot: the network's missions**\n" + string.Join("\n", lines.Select(l => "- " + l)) +
        $"\n- `{Cmd} help`: this help";

    public override string HelpLine(string subcommand) => subcommand switch
    {
        "list" => $"`{Cmd} list`: open missions",
        "show" => $"`{Cmd} show 12`: details of mission #12",
        "join" => $"`{Cmd} join 12`: volunteer for mission #12 (or reply \"count me in\" in its thread)",
        "leave" => $"`{Cmd} leave 12`: withdraw your candidacy",
        "new" => $"`{Cmd} new`: offer a mission (form), or in one line:\n  `{Cmd} new Title | description | skills: wordpress, design | due: 2026-12-15 | place: Lyon | volunteer | entry`",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "new" => $"`{Cmd} new Title | description | skills: a, b | due: 2026-12-15 | place: Lyon | volunteer | entry` (only the title is required; a `paid` mission may add `contribution: 5%` or `contribution: free`)",
        "join" => $"`{Cmd} join 12`",
        "leave" => $"`{Cmd} leave 12`",
        "show" => $"`{Cmd} show 12`",
        "list" => $"`{Cmd} list`",
        _ => $"`{Cmd} help`",
    };

    public override string Error(CommandError error, string usage) => error.Kind switch
    {
        CommandErrorKind.UnknownSubcommand =>
            $"I don't know the command \"{SafeText.Inline(error.Detail)}\". Type `{Cmd} help` to see what I can do.",
        CommandErrorKind.MissingMissionNumber =>
            $"I need the mission's number. For example: {usage}",
        CommandErrorKind.BadMissionNumber =>
            $"\"{SafeText.Inline(error.Detail)}\" is not a mission number. For example: {usage}",
        CommandErrorKind.EmptyTitle =>
            $"Your mission needs a title. For example: {usage}",
        CommandErrorKind.TitleTooLong =>
            $"The title is too long ({error.Detail} characters at most): keep it short and put the rest in the description. {usage}",
        CommandErrorKind.BadDate =>
            $"I can't read the date \"{SafeText.Inline(error.Detail)}\". Write it like 2026-12-15 or 15/12/2026. {usage}",
        CommandErrorKind.DateInPast =>
            $"The due date {error.Detail} has already passed: pick a date to come. {usage}",
        CommandErrorKind.TooLong =>
            CommandTooLong(int.Parse(error.Detail, CultureInfo.InvariantCulture)),
        CommandErrorKind.BadWaves =>
            $"I don't understand \"waves: {SafeText.Inline(error.Detail)}\". Write `waves: auto` to offer the mission to targeted people first. {usage}",
        CommandErrorKind.UnexpectedText =>
            $"This command takes no extra text. Just type {usage}",
        CommandErrorKind.BadContribution =>
            $"I can't read the contribution \"{SafeText.Inline(error.Detail)}\". Write for example `contribution: 5%` or `contribution: free`. {usage}",
        CommandErrorKind.ContributionNeedsPaid =>
            $"A contribution to the network is for paid missions: add `paid` to your mission, or remove the contribution. {usage}",
        _ => $"I didn't understand. Type `{Cmd} help` for help.",
    };

    public override string CommandTooLong(int max) =>
        $"Your message is too long for the chat ({max} characters at most). Shorten the description and try again.";

    public override string DirectMessageNotUnderstood() =>
        "I didn't understand. You can write me a command here, for example `list`, `show 12` or `help`.";

    public override string WorkingOnIt() => "On it…";

    public override string SomethingWentWrong() =>
        "Oops, something went wrong on my side and nothing was saved. Please try again in a moment.";

    public override string ActionNotRecognised() =>
        $"I don't recognise this button or form, so I did nothing. Type `{Cmd} help` to see the commands.";

    public override string Announcement(Mission mission, int candidates)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"#### 📣 Mission #{mission.Number} · {SafeText.Inline(mission.Title)}\n");
        if (mission.Description.Length > 0)
        {
            text.Append(SafeText.Block(mission.Description)).Append("\n\n");
        }
        if (mission.Skills.Count > 0)
        {
            text.Append("**Skills:** ").Append(SafeText.Inline(string.Join(", ", mission.Skills))).Append('\n');
        }
        if (mission.DueDate is { } due)
        {
            text.Append("**Due:** ").Append(Date(due)).Append('\n');
        }
        if (mission.Place.Length > 0)
        {
            text.Append("**Place:** ").Append(SafeText.Inline(mission.Place)).Append('\n');
        }
        text.Append(mission.Paid ? "**Paid**" : "**Volunteer**");
        if (mission.EntryDoor)
        {
            text.Append(" · 🚪 **Entry door**: a good first mission in the network");
        }
        text.Append('\n');
        text.Append("**Offered by:** @").Append(mission.OwnerUsername).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"**Candidates:** {candidates}\n");
        if (!mission.IsOpen)
        {
            text.Append("**Status:** ").Append(StatusLabel(mission.Status)).Append('\n');
            return text.ToString();
        }
        text.Append(CultureInfo.InvariantCulture,
            $"\n👉 To volunteer: reply \"count me in\" in this thread, click **{JoinButton}** or type `{Cmd} join {mission.Number}`.");
        return text.ToString();
    }

    public override string JoinButton => "Count me in";

    public override string StatusLabel(MissionStatus status) => status switch
    {
        MissionStatus.Open => "open",
        MissionStatus.Filled => "filled",
        MissionStatus.Closed => "closed",
        MissionStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };

    public override string MissionPosted(Mission mission) => mission.Waves
        ? $"Saved! Your mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\" will be offered to targeted people first " +
          $"(cooptation, then pings), then as an open call if needed. I'll keep you posted privately at each step."
        : $"Posted! Your mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\" is announced. " +
        $"I'll tell you privately about each candidacy. To see it again: `{Cmd} show {mission.Number}`.";

    public override string MissionNotPosted() =>
        "I couldn't post the announcement (can the bot reach the missions channel?). Nothing was saved: please try again in a moment.";

    public override string FormOpened() => "The mission form is open.";

    public override string FormUnavailable() =>
        $"I couldn't open the form. You can post your mission in one line: {Usage("new")}";

    public override MissionFormLabels FormLabels { get; } = new(
        DialogTitle: "New mission",
        Submit: "Post",
        Title: "Title",
        Description: "Description",
        Skills: "Skills",
        SkillsHelp: "Comma-separated: wordpress, design",
        DueDate: "Due date",
        DueDateHelp: "For example 2026-12-15 or 15/12/2026",
        Place: "Place",
        Paid: "Paid",
        PaidHelp: "Tick if the mission is paid (otherwise volunteer)",
        EntryDoor: "Entry door",
        EntryDoorHelp: "A small mission to welcome someone new to the network");

    public override string VolunteerAcknowledged(Mission mission) =>
        $"Thank you! Your candidacy for mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\" is recorded. " +
        $"@{mission.OwnerUsername}, who runs the mission, has been told and will answer you. " +
        $"You can withdraw at any time with `{Cmd} leave {mission.Number}`.";

    public override string OwnerNewCandidate(Mission mission, string candidateUsername, CandidacySource source, int candidates) =>
        $"New candidacy for your mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\": @{candidateUsername} ({SourceLabel(source)}). " +
        $"{candidates} in all. Remember to answer everyone.";

    public override string AlreadyCandidate(Mission mission) =>
        $"You are already a candidate for mission **#{mission.Number}**: it's recorded, nothing more to do.";

    public override string OwnerCannotVolunteer(Mission mission) =>
        $"You run mission **#{mission.Number}**: you can't volunteer for it yourself (nobody is both candidate and judge).";

    public override string Withdrawn(Mission mission) =>
        $"Done: your candidacy for mission **#{mission.Number}** is withdrawn. Thanks for letting us know!";

    public override string OwnerCandidateWithdrew(Mission mission, string candidateUsername, int candidates) =>
        $"@{candidateUsername} withdrew from your mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\". {candidates} left.";

    public override string NotCandidate(Mission mission) =>
        $"You are not a candidate for mission **#{mission.Number}**, so there is nothing to withdraw. To volunteer: `{Cmd} join {mission.Number}`.";

    public override string MissionNotFound(int number) =>
        $"I can't find mission **#{number}**. Type `{Cmd} list` to see open missions.";

    public override string MissionNotOpen(Mission mission) =>
        $"Mission **#{mission.Number}** is no longer open ({StatusLabel(mission.Status)}). Type `{Cmd} list` to see the open ones.";

    public override string OpenMissions(IReadOnlyList<Mission> missions, int openCount)
    {
        var text = new StringBuilder(missions.Count < openCount
            ? string.Create(CultureInfo.InvariantCulture, $"**Open missions: the newest {missions.Count} of {openCount}**\n")
            : "**Open missions**\n");
        foreach (var m in missions)
        {
            text.Append(CultureInfo.InvariantCulture, $"- **#{m.Number}** {SafeText.Inline(m.Title)}");
            if (m.Skills.Count > 0)
            {
                text.Append(" · ").Append(SafeText.Inline(string.Join(", ", m.Skills)));
            }
            if (m.DueDate is { } due)
            {
                text.Append(" · due ").Append(Date(due));
            }
            if (m.EntryDoor)
            {
                text.Append(" · 🚪 entry door");
            }
            text.Append('\n');
        }
        // The example uses a real number from the list, so it can be typed as is.
        var example = missions.Count > 0 ? missions[0].Number : 12;
        text.Append(CultureInfo.InvariantCulture, $"More: `{Cmd} show {example}`; to volunteer: `{Cmd} join {example}`.");
        return text.ToString();
    }

    public override string NoOpenMissions() =>
        $"No open mission right now. Got one to offer? `{Cmd} new`";

    public override string MissionDetails(Mission mission, int candidates, bool viewerIsCandidate)
    {
        var text = Announcement(mission, candidates);
        return viewerIsCandidate ? text + "\n✅ You are a candidate for this mission." : text;
    }

    public override string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SourceLabel(CandidacySource source) => source switch
    {
        CandidacySource.Thread => "thread reply",
        CandidacySource.Button => "button",
        CandidacySource.Command => "command",
        CandidacySource.Ping => "after a targeted ping",
        CandidacySource.Cooptation => "cooptation",
        CandidacySource.OpenCall => "open call",
        _ => source.ToString(),
    };
}

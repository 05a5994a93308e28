using System.Globalization;
using System.Text;
using MissionBot.Interpellation;
using MissionBot.Missions;

namespace MissionBot.Texts.Interpellation;

/// <summary>English texts: targeted pings and the answers to the bot's questions.</summary>
public sealed partial class EnglishInterpellationTexts
{
    public override string PingInvitation(Mission mission, RankedMember why) =>
        $"👋 Hello! @{mission.OwnerUsername} is looking for someone for mission {MissionRef(mission)}{Outline(mission)}.\n" +
        $"I thought of you because {Reasons(mission, why)}.\n" +
        $"Interested? Answer here `yes`, `no` or `not now`. Details: `{Cmd} show {mission.Number}`.\n" +
        "_Rather not be pinged any more? Answer `stop`._";

    public override string PingSummary(PingReport report)
    {
        var text = new StringBuilder($"**Pings for your mission {MissionRef(report.Mission)}**\n");
        if (report.Asked.Count == 0)
        {
            text.Append(report.PoolSize == 0
                ? $"Nobody in the network has listed these skills yet. You can ask for recommendations: `{Cmd} coopt {report.Mission.Number}`.\n"
                : "I didn't write to anyone: the people who fit can't be pinged right now.\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"I wrote privately to {People(report.Asked.Count)}:\n");
            foreach (var asked in report.Asked)
            {
                text.Append("- @").Append(asked.Username).Append(": ").Append(OwnerReasons(report.Mission, asked)).Append('\n');
            }
        }
        AppendSkipped(text, report.Skipped);
        if (report.Asked.Count > 0)
        {
            text.Append("I'll tell you as soon as someone says yes.");
        }
        return text.ToString().TrimEnd('\n');
    }

    public override string AnswerNo(Mission mission) =>
        $"Noted, thanks for answering! I won't bring up mission **#{mission.Number}** again.";

    public override string AnswerNotNow(DateTime until) =>
        $"No problem: no pings before {Date(until)}. You can still volunteer whenever you like (`{Cmd} list`).";

    public override string AnswerStop() =>
        $"Noted: I will never ping you again. You can still volunteer for missions (`{Cmd} list`). If you change your mind: `{Cmd} resume`.";

    public override string WhichQuestion(IReadOnlyList<QuestionLine> open, bool names)
    {
        var example = open[0].MissionNumber;
        return $"I asked you several questions; which one is this for?\n{Questions(open)}\n" +
            (names ? $"Answer with the number, for example `{example} @alice`." : $"Answer with the number, for example `yes {example}` or `no {example}`.");
    }

    public override string NoQuestionForMission(int number, IReadOnlyList<QuestionLine> open) =>
        $"I didn't ask you anything about mission **#{number}**. My open questions:\n{Questions(open)}";

    public override string AnswerNotUnderstood(IReadOnlyList<QuestionLine> open) =>
        $"I didn't understand your answer. My open questions:\n{Questions(open)}\n" +
        "For a mission: `yes`, `no` or `not now`; for a recommendation: @names or `no one`. (You can also write me a command, for example `help`.)";

    public override string TrustQuestionWantsNames(Mission mission) =>
        $"For mission **#{mission.Number}** I asked whom you trust: answer with @names, or `no one`.";

    public override string InvitationWantsYesNo(Mission mission) =>
        $"For mission **#{mission.Number}**, answer `yes`, `no` or `not now`.";

    private static string Reasons(Mission mission, RankedMember why)
    {
        var reasons = new List<string>();
        if (why.DeclaredLabels.Count > 0)
        {
            reasons.Add($"you listed {Labels(why.DeclaredLabels)}");
        }
        if (why.Facts.Cooptations > 0)
        {
            reasons.Add("people recommended you for these skills");
        }
        if (why.Facts.MissionsDone > 0)
        {
            reasons.Add(why.Facts.MissionsDone == 1 ? "you already did a mission with these skills" : $"you already did {why.Facts.MissionsDone} missions with these skills");
        }
        if (why.Facts.PlaceMatch)
        {
            reasons.Add($"you are in {SafeText.Inline(mission.Place)}");
        }
        if (mission.EntryDoor && why.Facts.Newcomer)
        {
            reasons.Add("it is an \"entry door\" mission, a good first mission in the network");
        }
        return reasons.Count switch
        {
            0 => "you are part of the network and haven't been pinged lately",
            1 => reasons[0],
            _ => string.Join(", ", reasons.Take(reasons.Count - 1)) + ", and " + reasons[^1],
        };
    }

    private static string OwnerReasons(Mission mission, RankedMember asked)
    {
        var reasons = new List<string>();
        if (asked.DeclaredLabels.Count > 0)
        {
            reasons.Add($"listed {Labels(asked.DeclaredLabels)}");
        }
        if (asked.Facts.Cooptations > 0)
        {
            reasons.Add($"recommended {Times(asked.Facts.Cooptations)}");
        }
        if (asked.Facts.MissionsDone > 0)
        {
            reasons.Add(asked.Facts.MissionsDone == 1 ? "1 mission done" : $"{asked.Facts.MissionsDone} missions done");
        }
        if (asked.Facts.PlaceMatch)
        {
            reasons.Add("local");
        }
        if (mission.EntryDoor && asked.Facts.Newcomer)
        {
            reasons.Add("newcomer");
        }
        if (asked.Facts.RecentPings == 0)
        {
            reasons.Add("not pinged in the last 30 days");
        }
        return string.Join("; ", reasons);
    }

    private void AppendSkipped(StringBuilder text, IReadOnlyList<SkippedMember> skipped)
    {
        if (skipped.Count == 0)
        {
            return;
        }
        text.Append("Not pinged:\n");
        foreach (var s in skipped.Take(10))
        {
            text.Append("- @").Append(s.Username).Append(": ").Append(SkipLabel(s)).Append('\n');
        }
        if (skipped.Count > 10)
        {
            text.Append(CultureInfo.InvariantCulture, $"- … and {skipped.Count - 10} more\n");
        }
    }

    private string SkipLabel(SkippedMember skipped) => skipped.Reason switch
    {
        SkipReason.Stopped => "does not want pings",
        SkipReason.Paused => skipped.PausedUntil is { } until ? $"paused until {Date(until)}" : "paused",
        SkipReason.Capped => "already got enough pings this week",
        SkipReason.AlreadyAsked => "already asked about this mission",
        SkipReason.AlreadyCandidate => "already a candidate",
        SkipReason.Owner => "runs the mission",
        SkipReason.Unreachable => "message could not be sent",
        _ => skipped.Reason.ToString(),
    };

    private string Outline(Mission mission)
    {
        var parts = new List<string>();
        if (mission.Skills.Count > 0)
        {
            parts.Add(SafeText.Inline(string.Join(", ", mission.Skills)));
        }
        if (mission.Place.Length > 0)
        {
            parts.Add(SafeText.Inline(mission.Place));
        }
        if (mission.DueDate is { } due)
        {
            parts.Add("due " + Date(due));
        }
        parts.Add(mission.Paid ? "paid" : "volunteer");
        return " (" + string.Join(" · ", parts) + ")";
    }

    private static string Questions(IReadOnlyList<QuestionLine> open) =>
        string.Join("\n", open.Select(q => $"- {MissionRef(q.MissionNumber, q.MissionTitle)}: " + (q.Kind == PingKind.CooptationQuestion
            ? "whom do you trust? (@names or `no one`)"
            : "are you in? (`yes`, `no` or `not now`)")));
}

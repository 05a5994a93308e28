using System.Globalization;
using System.Text;
using MissionBot.Missions;
using MissionBot.Reports;

namespace MissionBot.Texts.Reports;

public sealed class EnglishReportTexts(string command) : ReportTexts(command)
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public override string HelpLine(string subcommand) => subcommand == "report"
        ? $"`{Cmd} report 2026` (coordinators): the year's report privately, with the export; `{Cmd} report 2026 --doc`: the yearly documentation of every mission"
        : "";

    public override string Usage(string subcommand) => subcommand == "report" ? $"`{Cmd} report 2026` or `{Cmd} report 2026 --doc`" : $"`{Cmd} help`";

    public override string NotCoordinator() =>
        "The network's report is for coordinators (the Missions:Coordinators list in the configuration).";

    public override string BadYear(string typed) =>
        $"\"{SafeText.Inline(typed)}\" is not a year. For example: `{Cmd} report 2026` or `{Cmd} report 2026 --doc`.";

    public override string OnItsWay(int year, bool document) => document
        ? $"I am sending you the {year} documentation privately: a Markdown file with every mission of the year."
        : $"I am sending you the {year} report privately, with the JSON and CSV export.";

    public override string NotSent() => "I could not send you the file privately. Please try again in a moment.";

    public override string Summary(YearReport report)
    {
        var r = report;
        var text = new StringBuilder();
        text.Append(En, $"**{r.Year} report of the network's missions**\n");
        var m = r.Missions;
        text.Append(En, $"- Missions posted: {m.Posted} · filled: {m.Filled} ({m.Done} done) · closed without selection: {m.Closed} · cancelled: {m.Cancelled} · still open: {m.Open}\n");
        text.Append("- Median time to fill a mission: ").Append(r.MedianDaysToFill is { } d ? Days(d) : "no mission filled yet").Append('\n');
        var c = r.Candidacies;
        text.Append(En, $"- Candidacies: {c.Total}");
        text.Append(c.AnsweredShare is { } share ? $" · {Percent(share)} got an answer" : "");
        text.Append(c.Withdrawn > 0 ? $" (not counting {c.Withdrawn} withdrawn)" : "").Append('\n');
        text.Append("- Where candidacies came from: ").Append(string.Join(" · ", r.Sources.Select(s => $"{SourceLabel(s.Key)} {s.Value}"))).Append('\n');
        var p = r.Pings;
        text.Append(p.Pings == 0
            ? "- Fairness of pings: no private ping recorded\n"
            : $"- Fairness of pings: {p.Pings} pings for {p.People} known people; {Percent(p.TopTenPercentShare)} went to the 10% most-pinged; Gini coefficient {p.Gini.ToString("0.00", En)} (0 = evenly spread, 1 = all to one person)\n");
        text.Append("- Skills asked / available: ")
            .Append(r.Skills.Count == 0 ? "no skill asked" : string.Join(" · ", r.Skills.Select(s => $"{SafeText.Inline(s.Skill)} {s.Asked}/{s.Available}")))
            .Append('\n');
        var k = r.Contributions;
        text.Append("- Contributions received: ").Append(k.Payments + k.InKind == 0
            ? "none recorded"
            : $"{Money(k.Amount)} ({k.Payments} payment{(k.Payments > 1 ? "s" : "")}){(k.InKind > 0 ? $" + {k.InKind} in kind" : "")}").Append('\n');
        text.Append("- Feedback after missions: ").Append(r.Feedback.AverageRating is { } avg
            ? $"{avg.ToString("0.#", En)}/5 on average ({r.Feedback.Answers} ratings)"
            : "no feedback yet").Append('\n');
        if (r.Owners.Count > 0)
        {
            text.Append("- Owners' responsiveness: ")
                .Append(string.Join(" · ", r.Owners.Take(10).Select(o => $"{Name(o.Username)} {Percent(o.AnsweredShare)}{(o.MedianDays is { } md ? $" within {Days(md)}" : "")}")))
                .Append('\n');
        }
        text.Append(En, $"Details are in the attached files (rapport-{r.Year}.json, missions-{r.Year}.csv). For the yearly documentation: `{Cmd} report {r.Year} --doc`.");
        return text.ToString();
    }

    public override string CsvCaption(int year) => $"The {year} missions, one per line (\";\" separated), for a spreadsheet.";

    public override string DocumentCaption(int year, int missions) =>
        $"{year} yearly documentation: {missions} mission{(missions > 1 ? "s" : "")}, what they asked for, who did them and how they ended.";

    public override string TooBigForAMessage(string fileName) =>
        $"(This chat does not let me attach {fileName} and it is too long for a message: ask the technical team to extract it.)";

    public override string Document(YearReport report)
    {
        var r = report;
        var doc = new StringBuilder();
        doc.Append(En, $"# Missions {r.Year}: yearly documentation\n\n");
        doc.Append(En,
            $"Written by MissionBot on {r.GeneratedAt.ToString("yyyy-MM-dd", En)}. Missions posted: {r.Missions.Posted}; filled: {r.Missions.Filled}; closed without selection: {r.Missions.Closed}; cancelled: {r.Missions.Cancelled}.\n");
        foreach (var m in r.MissionList)
        {
            doc.Append(En, $"\n## #{m.Number} · {m.Title}\n\n");
            if (m.Description.Length > 0)
            {
                doc.Append(string.Join("\n", m.Description.Split('\n').Select(l => "> " + l.TrimEnd('\r')))).Append("\n\n");
            }
            doc.Append(En, $"- **Offered by:** {Name(m.Owner)}, on {m.CreatedAt.ToString("yyyy-MM-dd", En)}\n");
            doc.Append("- **Skills:** ").Append(m.Skills.Count == 0 ? "not given" : string.Join(", ", m.Skills)).Append('\n');
            doc.Append("- **Kind:** ").Append(m.Paid ? "paid" : "volunteer");
            var terms = ContributionTerms(m.ContributionPercent, m.ContributionFree);
            doc.Append(terms.Length > 0 ? $" · contribution to the network: {terms}" : "").Append('\n');
            doc.Append(En, $"- **Candidacies:** {m.Candidates}");
            doc.Append(m.Candidates == 0 ? "" : m.Answered == m.Candidates ? (m.Candidates == 1 ? " (it got an answer)" : " (each got an answer)") : $" ({m.Answered} answered)").Append('\n');
            doc.Append("- **Outcome:** ").Append(Outcome(m)).Append('\n');
            if (m.AverageRating is { } rating)
            {
                doc.Append(En, $"- **Feedback:** {rating.ToString("0.#", En)}/5 ({m.Ratings} ratings)\n");
            }
            if (m.ContributedAmount > 0 || m.ContributedInKind.Count > 0)
            {
                var given = new List<string>();
                if (m.ContributedAmount > 0)
                {
                    given.Add(Money(m.ContributedAmount));
                }
                given.AddRange(m.ContributedInKind.Select(k => $"{k} (in kind)"));
                doc.Append("- **Contributions received:** ").Append(string.Join(", ", given)).Append('\n');
            }
        }
        return doc.ToString();
    }

    public override IReadOnlyList<string> CsvHeader { get; } =
    [
        "number", "title", "owner", "status", "posted_on", "decided_on", "done_on", "paid", "skills",
        "candidacies", "answered", "selected", "contribution_terms", "contributions_euros", "contributions_in_kind",
    ];

    public override string StatusLabel(MissionStatus status, bool done) => status switch
    {
        MissionStatus.Open => "open",
        MissionStatus.Filled => done ? "done" : "filled",
        MissionStatus.Closed => "closed without selection",
        MissionStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };

    public override string YesNo(bool value) => value ? "yes" : "no";

    public override string Number(decimal value) => value.ToString("0.##", En);

    public override string ContributionTerms(decimal? percent, bool free) =>
        percent is { } p ? $"{p.ToString("0.##", En)}%" : free ? "free" : "";

    public override string Forgotten => "(erased person)";

    private string Outcome(MissionLine m) => m.Status switch
    {
        MissionStatus.Filled => $"filled on {Date(m.ClosedAt)}: {string.Join(", ", m.Selected.Select(Name))}" +
            (m.CompletedAt is { } done ? $" · done on {Date(done)}" : ""),
        MissionStatus.Closed => $"closed without selection on {Date(m.ClosedAt)}",
        MissionStatus.Cancelled => $"cancelled on {Date(m.ClosedAt)}",
        _ => "still open",
    };

    private static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", En) ?? "?";

    private static string Days(double days) =>
        days < 1 ? "less than a day" : $"{Math.Round(days, 1, MidpointRounding.AwayFromZero).ToString("0.#", En)} day{(days >= 2 ? "s" : "")}";

    private static string Percent(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString(En)}%";

    private static string Money(decimal amount) => $"€{amount.ToString("#,0.##", En)}";

    private static string SourceLabel(string source) => source switch
    {
        nameof(CandidacySource.Thread) => "thread",
        nameof(CandidacySource.Button) => "button",
        nameof(CandidacySource.Command) => "command",
        nameof(CandidacySource.Ping) => "ping",
        nameof(CandidacySource.Cooptation) => "cooptation",
        nameof(CandidacySource.OpenCall) => "open call",
        _ => source,
    };
}

using System.Globalization;
using System.Text;

namespace MissionBot.LoadDriver;

/// <summary>The figures of one run, written as the Markdown that bench/run.sh puts into RESULTS.md.</summary>
public sealed class LoadReport
{
    public List<LatencySample> Commands { get; } = [];

    public List<LatencySample> Replies { get; } = [];

    public List<LatencySample> HubotReplies { get; } = [];

    public List<(string What, string Value)> Facts { get; } = [];

    public double BotRssAfterLoad { get; set; } = double.NaN;

    public double HubotRssAfterLoad { get; set; } = double.NaN;

    public string? HubotProblem { get; set; }

    public double ColdStartMilliseconds { get; set; } = double.NaN;

    public double LargeRssAfterLoad { get; set; } = double.NaN;

    public void Fact(string what, double value, string unit) =>
        Facts.Add((what, F(value) + " " + unit));

    public string ToMarkdown(DriverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Seeded: {options.People} people, {options.Missions} missions; {options.StepDuration.TotalSeconds} s per step; bot pinned to CPU {options.BotCore} (taskset), driver + fake server on the other CPU(s).");
        md.AppendLine();
        md.AppendLine("### Slash commands (`show N`, one in five `list`), HTTP round trip");
        md.AppendLine();
        Table(md, Commands);
        var crossing = Commands.FirstOrDefault(s => s.P99 > 100 || s.Missing > 0);
        md.AppendLine(crossing is null
            ? "p99 stayed under 100 ms at every rate tried."
            : $"p99 crosses 100 ms (or requests fail) at **{crossing.OfferedRate} req/s**.");
        md.AppendLine();
        md.AppendLine("### Volunteer replies in threads: posted event → reaction and DM both received");
        md.AppendLine();
        Table(md, Replies);
        md.AppendLine(CultureInfo.InvariantCulture, $"Sustained (every reply acknowledged, p99 < 1 s): **{F(Sustained(Replies))} msg/s** on one core.");
        md.AppendLine("\"Core ms / answer\": the bot's processor time from the step's start to the end of its backlog (owner notices and");
        md.AppendLine("announcement edits included), per reply; 1000 / it is the most replies per second one core could take. Only for");
        md.AppendLine("steps where every reply was answered.");
        md.AppendLine();
        md.AppendLine("The bot's own share of the same latencies: the end-to-end time less the server's time on the one call the bot");
        md.AppendLine("waits for before acknowledging (opening a DM channel, the first time it writes to someone).");
        md.AppendLine();
        md.AppendLine("| Offered rate (/s) | Own p50 ms | Own p99 ms |");
        md.AppendLine("|---|---|---|");
        foreach (var s in Replies)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {s.OfferedRate} | {F(s.OwnP50)} | {F(s.OwnP99)} |");
        }
        md.AppendLine();
        if (HubotReplies.Count > 0 || HubotProblem is not null)
        {
            md.AppendLine("### Hubot (hubot-matteruser, echo in the thread), same fake, same stream: posted event → echo received");
            md.AppendLine();
            if (HubotProblem is not null)
            {
                md.AppendLine("Hubot could not be measured: " + HubotProblem);
                md.AppendLine();
            }
            Table(md, HubotReplies);
        }
        md.AppendLine("### Process facts");
        md.AppendLine();
        md.AppendLine("| What | Value |");
        md.AppendLine("|---|---|");
        foreach (var (what, value) in Facts)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {what} | {value} |");
        }
        md.AppendLine();
        if (HubotReplies.Count > 0)
        {
            Ratios(md);
        }
        TargetCheck.Append(md, this);
        return md.ToString();
    }

    /// <summary>The highest offered rate at which every reply was answered and p99 stayed under a second.</summary>
    public static double Sustained(IEnumerable<LatencySample> samples) =>
        samples.Where(s => s.Missing == 0 && s.P99 < 1000).Select(s => (double)s.OfferedRate).DefaultIfEmpty(0).Max();

    private void Ratios(StringBuilder md)
    {
        md.AppendLine("### MissionBot / Hubot (lower is better for latency and memory, higher for rate)");
        md.AppendLine();
        md.AppendLine("| Rate (msg/s) | p50 ratio | p99 ratio | Core time per answer ratio |");
        md.AppendLine("|---|---|---|---|");
        foreach (var ours in Replies)
        {
            var theirs = HubotReplies.FirstOrDefault(h => h.OfferedRate == ours.OfferedRate);
            if (theirs is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {ours.OfferedRate} | {F(ours.P50 / theirs.P50)} | {F(ours.P99 / theirs.P99)} | {F(ours.CoreMillisecondsPerAnswer / theirs.CoreMillisecondsPerAnswer)} |");
            }
        }
        md.AppendLine();
        var hubotSustained = Sustained(HubotReplies);
        md.AppendLine(CultureInfo.InvariantCulture, $"Sustained rate ratio: {F(Sustained(Replies))} / {F(hubotSustained)} = **{F(hubotSustained > 0 ? Sustained(Replies) / hubotSustained : double.NaN)}** (MissionBot does a database write, a reaction, two DMs and an announcement edit per reply; Hubot posts one echo).");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Resident memory ratio after load: {F(BotRssAfterLoad)} / {F(HubotRssAfterLoad)} MB = **{F(BotRssAfterLoad / HubotRssAfterLoad)}**.");
        md.AppendLine();
    }

    private static void Table(StringBuilder md, IReadOnlyList<LatencySample> samples)
    {
        md.AppendLine("| Offered rate (/s) | Sent | Unanswered | p50 ms | p95 ms | p99 ms | Answered /s | Core ms / answer |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var s in samples)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {s.OfferedRate} | {s.Sent} | {s.Missing} | {F(s.P50)} | {F(s.P95)} | {F(s.P99)} | {F(s.Throughput)} | {F(s.CoreMillisecondsPerAnswer)} |");
        }
        md.AppendLine();
    }

    private static string F(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.##", CultureInfo.InvariantCulture);
}

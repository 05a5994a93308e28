using System.Globalization;
using System.Text;

namespace MissionBot.LoadDriver;

/// <summary>The issue's targets next to what this run measured. Reported, never asserted: a miss is a finding.</summary>
public static class TargetCheck
{
    public static void Append(StringBuilder md, LoadReport report)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        md.AppendLine("### Targets");
        md.AppendLine();
        md.AppendLine("| Target | Measured | Met? |");
        md.AppendLine("|---|---|---|");
        var at200 = report.Commands.FirstOrDefault(s => s.OfferedRate == 200);
        Row(md, "Slash command p99 < 30 ms at 200 req/s", at200 is null ? double.NaN : at200.P99, "ms", v => v < 30 && at200!.Missing == 0);
        foreach (var sustained in report.Replies.Where(s => s.Missing == 0 && s.P99 < 1000))
        {
            Row(md, $"Event → acknowledgement, bot's own time, p99 < 10 ms at {sustained.OfferedRate} msg/s", sustained.OwnP99, "ms", v => v < 10);
        }
        foreach (var ours in report.Replies)
        {
            var theirs = report.HubotReplies.FirstOrDefault(h => h.OfferedRate == ours.OfferedRate);
            if (theirs is not null)
            {
                // Hubot answering nothing at a rate leaves no latency to compare with.
                var met = theirs.Milliseconds.Count == 0 ? "n/a (Hubot answered none)" : Yes(ours.P50 <= theirs.P50 && ours.P99 <= theirs.P99);
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| End-to-end no worse than Hubot's echo at {ours.OfferedRate} msg/s (p50 / p99) | {F(ours.P50)} / {F(ours.P99)} ms vs {F(theirs.P50)} / {F(theirs.P99)} ms | {met} |");
            }
        }
        Row(md, "500 incoming messages/s sustained on one core", LoadReport.Sustained(report.Replies), "msg/s", v => v >= 500);
        Row(md, "Resident memory < 120 MB with 100k people (after load)", report.LargeRssAfterLoad, "MB", v => v < 120);
        Row(md, "Cold start → connected < 2 s", report.ColdStartMilliseconds, "ms", v => v < 2000);
        md.AppendLine();
    }

    private static void Row(StringBuilder md, string target, double value, string unit, Func<double, bool> met) =>
        md.AppendLine(CultureInfo.InvariantCulture, $"| {target} | {F(value)} {unit} | {(double.IsNaN(value) ? "not measured" : Yes(met(value)))} |");

    private static string Yes(bool met) => met ? "yes" : "**no**";

    private static string F(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.##", CultureInfo.InvariantCulture);
}

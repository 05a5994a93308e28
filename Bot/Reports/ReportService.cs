using System.Text;
using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.Texts.Reports;

namespace MissionBot.Reports;

/// <summary>
/// "/mission report 2026" for coordinators: the readable report and its exports (JSON, CSV) by DM, or with
/// "--doc" the yearly documentation (Markdown).
/// </summary>
public sealed class ReportService(
    ReportBuilder builder,
    FileDelivery files,
    MissionAccess access,
    ReportTexts texts,
    TimeProvider clock,
    ILogger<ReportService> logger)
{
    public async Task<CommandReply> SendAsync(ChatUser coordinator, int? year, bool document, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator(coordinator))
        {
            logger.LogInformation("{Person} asked for a report without being a coordinator", coordinator.Username);
            return CommandReply.Error(texts.NotCoordinator());
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var report = builder.Build(year ?? now.Year);
        var stamp = $"{report.Year}:{coordinator.Id}:{now.Ticks}";
        bool sent;
        if (document)
        {
            var doc = new ChatFile($"missions-{report.Year}.md", "text/markdown", Encoding.UTF8.GetBytes(texts.Document(report)));
            sent = await files.SendAsync(coordinator.Id, texts.DocumentCaption(report.Year, report.Missions.Posted), doc, $"report-doc:{stamp}", texts.TooBigForAMessage(doc.FileName), cancellationToken);
        }
        else
        {
            var json = new ChatFile($"rapport-{report.Year}.json", "application/json", ReportExport.ToJson(report));
            var csv = new ChatFile($"missions-{report.Year}.csv", "text/csv", ReportExport.ToCsv(report, texts));
            sent = await files.SendAsync(coordinator.Id, texts.Summary(report), json, $"report:{stamp}", texts.TooBigForAMessage(json.FileName), cancellationToken)
                && await files.SendAsync(coordinator.Id, texts.CsvCaption(report.Year), csv, $"report-csv:{stamp}", texts.TooBigForAMessage(csv.FileName), cancellationToken);
        }
        logger.LogInformation("Report {Year} ({Kind}) for {Person}: {Missions} missions, sent {Sent}",
            report.Year, document ? "documentation" : "figures", coordinator.Username, report.Missions.Posted, sent);
        return sent ? CommandReply.Private(texts.OnItsWay(report.Year, document)) : CommandReply.Error(texts.NotSent());
    }
}

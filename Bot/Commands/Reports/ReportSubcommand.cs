using System.Globalization;
using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.Reports;
using MissionBot.Texts;
using MissionBot.Texts.Reports;

namespace MissionBot.Commands.Reports;

/// <summary>"/mission report [2026] [--doc]" (coordinators): the year's report, or its documentation.</summary>
public sealed class ReportSubcommand(ReportTexts texts, ReportService reports) : FeatureSubcommand(texts)
{
    private static readonly HashSet<string> DocumentWords = ["--doc", "doc", "-d", "documentation", "--documentation"];

    public override string Name => "report";

    public override IReadOnlyCollection<string> Aliases { get; } = ["rapport", "bilan"];

    public override ParsedCommand Parse(string arguments)
    {
        int? year = null;
        var document = false;
        foreach (var word in ArgumentSyntax.Words(arguments))
        {
            if (DocumentWords.Contains(TextNormalizer.Fold(word)))
            {
                document = true;
            }
            else if (year is null && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
            {
                year = y;
            }
            else
            {
                return new RefusedCommand(texts.BadYear(CommandParser.Shorten(word)));
            }
        }
        return new ReportCommand(year, document);
    }

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken) =>
        command is ReportCommand report
            ? reports.SendAsync(context.User, report.Year, report.Document, cancellationToken)
            : Task.FromResult(CommandReply.Error(((RefusedCommand)command).Message));
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MissionBot.Hosting;
using MissionBot.Texts.Reports;

namespace MissionBot.Reports;

/// <summary>The report as files: every figure in JSON, and the year's missions as a CSV table (";" as Excel in French expects).</summary>
public static class ReportExport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // A file for people: accents and apostrophes stay readable (it is never embedded in HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static byte[] ToJson(YearReport report) => ReflectionJson.SerializeToUtf8Bytes(report, Json);

    public static byte[] ToCsv(YearReport report, ReportTexts texts)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(';', texts.CsvHeader).Append("\r\n");
        foreach (var m in report.MissionList)
        {
            string[] cells =
            [
                m.Number.ToString(CultureInfo.InvariantCulture),
                Cell(m.Title),
                Cell(m.Owner),
                Cell(texts.StatusLabel(m.Status, m.CompletedAt is not null)),
                Date(m.CreatedAt),
                Date(m.ClosedAt),
                Date(m.CompletedAt),
                Cell(texts.YesNo(m.Paid)),
                Cell(string.Join(", ", m.Skills)),
                m.Candidates.ToString(CultureInfo.InvariantCulture),
                m.Answered.ToString(CultureInfo.InvariantCulture),
                Cell(string.Join(", ", m.Selected)),
                Cell(texts.ContributionTerms(m.ContributionPercent, m.ContributionFree)),
                texts.Number(m.ContributedAmount),
                Cell(string.Join(", ", m.ContributedInKind)),
            ];
            csv.AppendJoin(';', cells).Append("\r\n");
        }
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    /// <summary>A quoted cell; text that a spreadsheet would run as a formula is kept as text.</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') + "\"";
    }

    private static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace MissionBot.Commands;

/// <summary>Reads due dates as people write them: 2026-12-15, 15/12/2026, 15.12.26, 15/12 (next one).</summary>
public static partial class DueDateParser
{
    private static readonly string[] FullFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy",
        "dd/MM/yy", "d/M/yy", "dd.MM.yy", "d.M.yy",
    ];

    public static bool TryParse(string text, DateOnly today, out DateOnly date)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, FullFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        // No year: the next such day, this year or the next. Read by hand: a format without a year
        // would check the day against the computer's current year (29/02 only in leap years).
        var dayMonth = DayMonth().Match(t);
        if (!dayMonth.Success)
        {
            return false;
        }
        var day = int.Parse(dayMonth.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(dayMonth.Groups[2].Value, CultureInfo.InvariantCulture);
        var thisYear = TryMake(today.Year, month, day);
        date = thisYear is { } d && d >= today ? d : TryMake(today.Year + 1, month, day) ?? default;
        return date != default;
    }

    private static DateOnly? TryMake(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();
}

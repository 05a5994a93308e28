using System.Globalization;

namespace MissionBot.Commands;

/// <summary>Reads due dates as people write them: 2026-12-15, 15/12/2026, 15.12.26, 15/12 (next one).</summary>
public static class DueDateParser
{
    private static readonly string[] FullFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy",
        "dd/MM/yy", "d/M/yy", "dd.MM.yy", "d.M.yy",
    ];

    private static readonly string[] DayMonthFormats = ["dd/MM", "d/M", "dd.MM", "d.M"];

    public static bool TryParse(string text, DateOnly today, out DateOnly date)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, FullFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (DateOnly.TryParseExact(t, DayMonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dayMonth))
        {
            // No year: the next such day, this year or the next.
            var thisYear = TryMake(today.Year, dayMonth.Month, dayMonth.Day);
            date = thisYear is { } d && d >= today ? d : TryMake(today.Year + 1, dayMonth.Month, dayMonth.Day) ?? default;
            return date != default;
        }
        return false;
    }

    private static DateOnly? TryMake(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}

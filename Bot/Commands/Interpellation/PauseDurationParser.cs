using System.Globalization;
using System.Text.RegularExpressions;
using MissionBot.Texts;

namespace MissionBot.Commands.Interpellation;

/// <summary>
/// Reads how long a pause lasts, as people write it: "14j", "14 jours", "2w", "2 semaines", "1 mois", "10d",
/// or a date ("15/12", "2026-12-15"). Nothing means the default pause. From one day to one year.
/// </summary>
public static partial class PauseDurationParser
{
    public static readonly TimeSpan DefaultPause = TimeSpan.FromDays(14);
    public static readonly TimeSpan LongestPause = TimeSpan.FromDays(366);

    public static bool TryParse(string text, DateTime now, out DateTime until)
    {
        var folded = TextNormalizer.Fold(text).Trim('.', '!');
        until = default;
        if (folded.Length == 0)
        {
            until = now + DefaultPause;
            return true;
        }
        var match = Duration().Match(folded);
        if (match.Success)
        {
            var count = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            var days = match.Groups["unit"].Value switch
            {
                "" or "j" or "jr" or "jrs" or "jour" or "jours" or "d" or "day" or "days" => count,
                "s" or "sem" or "semaine" or "semaines" or "w" or "wk" or "week" or "weeks" => count * 7,
                _ => count * 30,
            };
            if (days < 1 || days > LongestPause.TotalDays)
            {
                return false;
            }
            until = now.AddDays(days);
            return true;
        }
        if (DueDateParser.TryParse(text, DateOnly.FromDateTime(now), out var date))
        {
            var at = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            if (at > now && at - now <= LongestPause)
            {
                until = at;
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})\s*(?<unit>j|jr|jrs|jours?|d|days?|s|sem|semaines?|w|wk|weeks?|mois|months?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}

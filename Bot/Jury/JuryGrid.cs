using System.Globalization;

namespace MissionBot.Jury;

/// <summary>
/// Reads and writes a jury's grid as people type it: "prix 40, méthode 30, expérience 30" (a criterion, then its
/// weight; "40%" and "40 pts" work too). Each juror scores each criterion from 0 to <see cref="MaxScore"/>.
/// </summary>
public static class JuryGrid
{
    public const int MaxScore = 5;

    public const int MaxCriteria = 8;

    public static bool TryParse(string text, out List<JuryCriterion> criteria)
    {
        criteria = [];
        foreach (var part in text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count >= 2 && words[^1].ToLowerInvariant() is "pts" or "points" or "%")
            {
                words.RemoveAt(words.Count - 1);
            }
            if (words.Count < 2
                || !int.TryParse(words[^1].TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var weight)
                || weight is < 1 or > 1000)
            {
                criteria = [];
                return false;
            }
            var name = string.Join(' ', words.Take(words.Count - 1)).TrimEnd(':');
            if (name.Length == 0 || name.Length > 40 || criteria.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                criteria = [];
                return false;
            }
            criteria.Add(new JuryCriterion { Name = name, Weight = weight });
        }
        return criteria.Count is > 0 and <= MaxCriteria;
    }

    public static string Format(IEnumerable<JuryCriterion> criteria) =>
        string.Join(", ", criteria.Select(c => $"{c.Name} {c.Weight.ToString(CultureInfo.InvariantCulture)}"));

    public static int Total(IEnumerable<JuryCriterion> criteria) => criteria.Sum(c => c.Weight);
}

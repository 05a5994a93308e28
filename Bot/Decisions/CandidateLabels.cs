using MissionBot.Missions;
using MissionBot.Texts;

namespace MissionBot.Decisions;

/// <summary>
/// Letters that name candidacies without naming people (A, B, ... Z, AA...), in the order they arrived:
/// a candidacy keeps its letter whoever joins or withdraws later. Juries use them, and so can "select".
/// </summary>
public static class CandidateLabels
{
    public static string Label(int index)
    {
        var label = "";
        for (var i = index; i >= 0; i = (i / 26) - 1)
        {
            label = (char)('A' + (i % 26)) + label;
        }
        return label;
    }

    /// <summary>Every candidacy of a mission (withdrawn ones included) with its letter.</summary>
    public static IReadOnlyList<(string Label, Candidacy Candidacy)> Of(IReadOnlyList<Candidacy> candidacies) =>
        candidacies.OrderBy(c => c.CreatedAt).ThenBy(c => c.Key, StringComparer.Ordinal).Select((c, i) => (Label(i), c)).ToList();

    /// <summary>The candidacy "@bob", "bob" or "B" names; null when none.</summary>
    public static Candidacy? Resolve(IReadOnlyList<Candidacy> candidacies, string typed)
    {
        var name = typed.Trim().TrimStart('@');
        var byName = candidacies.FirstOrDefault(c => c.Username.Length > 0 && string.Equals(c.Username, name, StringComparison.OrdinalIgnoreCase));
        if (byName is not null || typed.TrimStart().StartsWith('@'))
        {
            return byName;
        }
        var folded = TextNormalizer.Fold(name);
        return Of(candidacies).FirstOrDefault(l => TextNormalizer.Fold(l.Label) == folded).Candidacy;
    }
}

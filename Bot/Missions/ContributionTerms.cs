using System.Globalization;
using MissionBot.Texts;

namespace MissionBot.Missions;

/// <summary>
/// Reads what a paid mission gives back to the network, as owners write it: "5%", "5 %", "2,5%", or
/// "libre" / "free" (the person decides what is fair).
/// </summary>
public static class ContributionTerms
{
    private static readonly HashSet<string> FreeWords = ["libre", "free", "au choix", "auto-evaluee", "autoevaluee", "self-assessed", "open"];

    public static bool TryParse(string text, out decimal? percent, out bool free)
    {
        percent = null;
        free = false;
        var folded = TextNormalizer.Fold(text).TrimEnd('.', '!');
        if (FreeWords.Contains(folded))
        {
            free = true;
            return true;
        }
        var number = folded.TrimEnd('%').Trim().Replace(',', '.');
        if (folded.EndsWith('%')
            && decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value > 0 && value <= 100)
        {
            percent = value;
            return true;
        }
        return false;
    }
}

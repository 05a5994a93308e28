using System.Globalization;

namespace MissionBot.Commands;

/// <summary>Reads a mission number as people type it: "12", "#12", "n°12", "no 12".</summary>
public static class MissionNumber
{
    public static bool TryParse(string text, out int number)
    {
        var t = text.Trim();
        foreach (var prefix in new[] { "#", "n°", "N°", "no ", "No ", "nº" })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..].TrimStart();
                break;
            }
        }
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}

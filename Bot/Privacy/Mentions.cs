using System.Text.RegularExpressions;

namespace MissionBot.Privacy;

/// <summary>Removes "@username" mentions of a forgotten person from stored text.</summary>
public static class Mentions
{
    public const string Replacement = "@…";

    public static string Scrub(string text, string username) =>
        username.Length == 0 || text.Length == 0
            ? text
            : Regex.Replace(text, "@" + Regex.Escape(username) + @"(?![\w.-])", Replacement, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

using System.Text.RegularExpressions;

namespace MissionBot.Privacy;

/// <summary>Removes "@username" mentions of a forgotten person from stored text.</summary>
public static class Mentions
{
    public const string Replacement = "@…";

    public static string Scrub(string text, string username) =>
        username.Length == 0 || text.Length == 0
            ? text
            // The name must end there: "@bob." and "@bob," are bob; "@bob.smith" and "@bobby" are someone else.
            : Regex.Replace(text, "@" + Regex.Escape(username) + @"(?![\w-]|\.[\w-])", Replacement, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

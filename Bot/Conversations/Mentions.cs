using System.Text.RegularExpressions;

namespace MissionBot.Conversations;

/// <summary>
/// Usernames in what people write: "@alice", "@bob." (trailing punctuation dropped). Usernames are made of
/// lowercase letters, digits, dots, hyphens and underscores, as on Mattermost and Rocket.Chat.
/// </summary>
public static partial class Mentions
{
    /// <summary>The @mentions in <paramref name="text"/>, lowercased, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Find(string text) =>
        Mention().Matches(text)
            .Select(m => Clean(m.Groups[1].Value))
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>True when a plain word could be a username ("alice", "jean.dupont").</summary>
    public static bool LooksLikeUsername(string word) => Username().IsMatch(Clean(word));

    /// <summary>Lowercases and drops a trailing dot or hyphen ("Alice." → "alice").</summary>
    public static string Clean(string name) => name.TrimStart('@').ToLowerInvariant().TrimEnd('.', '-');

    [GeneratedRegex(@"(?<![\w@])@([A-Za-z0-9._-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"^[a-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Username();
}

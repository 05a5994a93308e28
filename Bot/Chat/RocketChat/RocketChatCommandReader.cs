namespace MissionBot.Chat.RocketChat;

/// <summary>
/// Rocket.Chat lets only Apps register slash commands, so a command is a message that starts with the prefix
/// ("!mission list") or, where allowed, with a mention of the bot ("@missionbot list"). Both ignore case.
/// </summary>
public static class RocketChatCommandReader
{
    /// <summary>The command's text after the prefix or mention ("" for help), or null when the message is no command.</summary>
    public static string? CommandText(string text, string prefix, string botUsername, bool allowMention)
    {
        var trimmed = text.TrimStart();
        if (StartsWithWord(trimmed, prefix))
        {
            return trimmed[prefix.Length..].Trim();
        }
        if (allowMention && botUsername.Length > 0 && StartsWithWord(trimmed, "@" + botUsername, ":,"))
        {
            var rest = trimmed[(botUsername.Length + 1)..].TrimStart(':', ',').Trim();
            // "@missionbot !mission list" is a command too.
            return StartsWithWord(rest, prefix) ? rest[prefix.Length..].Trim() : rest;
        }
        return null;
    }

    private static bool StartsWithWord(string text, string word, string alsoEndingWith = "") =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (text.Length == word.Length || char.IsWhiteSpace(text[word.Length]) || alsoEndingWith.Contains(text[word.Length], StringComparison.Ordinal));
}

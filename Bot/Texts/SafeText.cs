using System.Text;
using System.Text.RegularExpressions;

namespace MissionBot.Texts;

/// <summary>
/// Makes user text safe to echo in a bot message: it can neither notify a whole channel nor break the
/// surrounding markdown, and it fits the room it is given.
/// </summary>
public static partial class SafeText
{
    private const string Ellipsis = "…";

    /// <summary>Escapes markdown and neutralises @channel, @all and @here.</summary>
    public static string Inline(string? userText)
    {
        if (string.IsNullOrEmpty(userText))
        {
            return "";
        }
        var builder = new StringBuilder(userText.Length + 8);
        foreach (var c in userText)
        {
            if (c is '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '(' or ')' or '#' or '>' or '<' or '|' or '!')
            {
                builder.Append('\\');
            }
            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return NeutraliseMentions(builder.ToString());
    }

    /// <summary>Like <see cref="Inline"/> but keeps line breaks (for descriptions).</summary>
    public static string Block(string? userText)
    {
        if (string.IsNullOrEmpty(userText))
        {
            return "";
        }
        var lines = userText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return string.Join("\n", lines.Select(Inline));
    }

    /// <summary>
    /// Inserts a zero-width space after the @ of channel-wide mentions: the platforms' mention
    /// tokenizers then no longer see them, and readers still do.
    /// </summary>
    public static string NeutraliseMentions(string text) => MassMention().Replace(text, "@\u200B$1");

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending with an ellipsis.</summary>
    public static string Truncate(string text, int max)
    {
        if (max <= 0 || text.Length <= max)
        {
            return text;
        }
        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }
        return text[..Math.Max(cut, 0)] + Ellipsis;
    }

    [GeneratedRegex(@"@(channel|all|here|everyone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MassMention();
}

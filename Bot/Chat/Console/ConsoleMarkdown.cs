using System.Text;

namespace MissionBot.Chat.Console;

/// <summary>
/// Shows a chat message in a terminal the way a chat would render it: no markdown markers, no escapes
/// (SafeText's backslashes are for the chat's renderer, not for the reader).
/// </summary>
public static class ConsoleMarkdown
{
    public static IReadOnlyList<string> ToPlainLines(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(ToPlainLine).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    private static string ToPlainLine(string line)
    {
        var text = StripHeading(line);
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '\\' && IsEscapable(next))
            {
                plain.Append(next);
                i++;
            }
            else if (c == '*' && next == '*')
            {
                i++;
            }
            else if (c != '`')
            {
                plain.Append(c);
            }
        }
        return plain.ToString().TrimEnd();
    }

    /// <summary>"#### Title" → "Title"; an escaped "\#" is text and stays.</summary>
    private static string StripHeading(string line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }
        return hashes is > 0 and <= 6 && hashes < line.Length && line[hashes] == ' ' ? line[(hashes + 1)..] : line;
    }

    private static bool IsEscapable(char c) => c is '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '(' or ')' or '#' or '>' or '<' or '|' or '!';
}

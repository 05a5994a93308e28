using System.Text;

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// The bot's texts are written in the common markdown Mattermost reads; Rocket.Chat's own parser differs, so
/// the adapter converts at the edge rather than the texts knowing the platform:
/// <list type="bullet">
/// <item><c>**bold**</c> becomes <c>*bold*</c> (a single asterisk is bold on Rocket.Chat).</item>
/// <item>Backslash escapes are kept only where Rocket.Chat honours them (<c>* _ ~ ` #</c>) and for brackets,
/// where a stray backslash is better than a link made of user text; elsewhere (<c>( ) &gt; &lt; | ! \</c>) the
/// backslash would show, so it goes.</item>
/// </list>
/// Headings, lists, code and links are read alike by both platforms.
/// </summary>
public static class RocketChatMarkdown
{
    private const string KeptEscapes = "*_~`#[]";

    public static string FromCommonMark(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var escaped = text[++i];
                if (KeptEscapes.Contains(escaped, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }
                builder.Append(escaped);
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                builder.Append('*');
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}

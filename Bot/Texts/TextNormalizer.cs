using System.Globalization;
using System.Text;

namespace MissionBot.Texts;

/// <summary>
/// Folds text for comparisons people expect to be forgiving: case, accents, typographic apostrophes
/// and runs of spaces do not matter ("Porte d’Entrée" equals "porte d'entree").
/// </summary>
public static class TextNormalizer
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c switch
            {
                '’' or '‘' or '`' or 'ʼ' => '\'',
                '–' or '—' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

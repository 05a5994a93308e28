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
        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
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

    /// <summary>
    /// Replaces lone surrogates (broken UTF-16 that a client or a fuzzer can send) and Unicode noncharacters
    /// (U+FFFE...) with U+FFFD: .NET refuses to normalise such text, so it would break every comparison.
    /// </summary>
    public static string WellFormed(string text)
    {
        if (!text.Any(c => char.IsSurrogate(c) || c >= '﷐'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(IsNonCharacter(rune) ? Rune.ReplacementChar.ToString() : rune.ToString());
        }
        return builder.ToString();
    }

    private static bool IsNonCharacter(Rune rune) =>
        rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;
}

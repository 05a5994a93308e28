using Microsoft.Extensions.Options;
using MissionBot.Hosting;
using MissionBot.Texts;

namespace MissionBot.Missions;

/// <summary>
/// Recognises "I volunteer" and "I withdraw" replies in a mission thread. Matching ignores case,
/// accents and punctuation; a question ("dispo ?") or a negation ("pas dispo") is never a candidacy.
/// </summary>
public sealed class PhraseMatcher
{
    private static readonly string[] DefaultVolunteer =
    [
        "partant", "partante", "partant·e", "je me propose", "je me porte volontaire", "volontaire", "dispo",
        "disponible", "je prends", "je veux bien", "+1", "count me in", "i'm in", "i volunteer", "i can do it",
    ];

    private static readonly string[] DefaultWithdraw =
    [
        "je me retire", "je me desiste", "je ne suis plus dispo", "je ne suis plus disponible", "finalement non",
        "i withdraw", "count me out", "i'm out",
    ];

    private static readonly HashSet<string> Negations = ["pas", "plus", "not", "no", "non", "jamais", "never", "n'est", "isn't", "can't", "cannot"];

    private readonly string[][] _volunteer;
    private readonly string[][] _withdraw;

    public PhraseMatcher(IOptions<MissionsOptions> options)
    {
        var o = options.Value;
        _volunteer = Prepare(o.VolunteerPhrases.Count > 0 ? o.VolunteerPhrases : DefaultVolunteer);
        _withdraw = Prepare(o.WithdrawPhrases.Count > 0 ? o.WithdrawPhrases : DefaultWithdraw);
    }

    public bool IsWithdrawal(string text)
    {
        var words = Words(text);
        return words.Length > 0 && _withdraw.Any(p => IndexOf(words, p) >= 0);
    }

    public bool IsVolunteering(string text)
    {
        if (text.Contains('?', StringComparison.Ordinal) || IsWithdrawal(text))
        {
            return false;
        }
        var words = Words(text);
        foreach (var phrase in _volunteer)
        {
            var at = IndexOf(words, phrase);
            if (at >= 0 && !words.Take(at).Any(Negations.Contains))
            {
                return true;
            }
        }
        return false;
    }

    private static string[][] Prepare(IEnumerable<string> phrases) =>
        phrases.Select(Words).Where(w => w.Length > 0).ToArray();

    /// <summary>Folded words, punctuation trimmed, so "Partante !!" gives ["partante"].</summary>
    private static string[] Words(string text) =>
        TextNormalizer.Fold(text)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '"', '«', '»', '(', ')', '…', '*', '_', '~'))
            .Where(w => w.Length > 0)
            .ToArray();

    private static int IndexOf(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = words[i + j] == phrase[j];
            }
            if (match)
            {
                return i;
            }
        }
        return -1;
    }
}

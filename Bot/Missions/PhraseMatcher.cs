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

    /// <summary>How many words before a phrase a negation still applies to it.</summary>
    private const int NegationReach = 3;

    private static readonly char[] WordPunctuation = ['.', ',', ';', ':', '!', '"', '«', '»', '(', ')', '…', '*', '_', '~'];
    private static readonly char[] ClauseEnds = ['.', ',', ';', ':', '!', '…'];
    private static readonly char[] QuotesAndEmphasis = ['"', '«', '»', ')', '*', '_', '~'];

    private static readonly HashSet<string> Reassured = ["souci", "soucis", "probleme", "problemes", "pb", "problem", "problems", "worries", "worry"];

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
        return words.Length > 0 && _withdraw.Any(p => IndexesOf(words, p).Any());
    }

    public bool IsVolunteering(string text)
    {
        if (text.Contains('?', StringComparison.Ordinal) || IsWithdrawal(text))
        {
            return false;
        }
        var tokens = Tokens(text);
        var words = tokens.Select(t => t.Word).ToArray();
        return _volunteer.Any(phrase => IndexesOf(words, phrase).Any(at => !IsNegated(tokens, at)));
    }

    /// <summary>
    /// A negation counts only close before the phrase and in the same clause: "pas dispo" and "je ne suis
    /// pas du tout partant" are refusals, "pas de souci, je suis dispo" is a candidacy.
    /// </summary>
    private static bool IsNegated((string Word, bool EndsClause)[] tokens, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - NegationReach; i--)
        {
            if (tokens[i].EndsClause)
            {
                return false;
            }
            if (Negations.Contains(tokens[i].Word) && !IsReassurance(tokens, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"pas de souci", "no problem": a negation word that says yes.</summary>
    private static bool IsReassurance((string Word, bool EndsClause)[] tokens, int at)
    {
        string Next(int offset) => at + offset < tokens.Length ? tokens[at + offset].Word : "";
        return tokens[at].Word switch
        {
            "pas" => Next(1) == "de" && Reassured.Contains(Next(2)),
            "no" => Reassured.Contains(Next(1)),
            _ => false,
        };
    }

    private static string[][] Prepare(IEnumerable<string> phrases) =>
        phrases.Select(Words).Where(w => w.Length > 0).ToArray();

    private static string[] Words(string text) => Tokens(text).Select(t => t.Word).ToArray();

    /// <summary>
    /// Folded words, punctuation trimmed, so "Partante !!" gives ["partante"]; each word knows whether
    /// a clause ends after it (a comma, a full stop...).
    /// </summary>
    private static (string Word, bool EndsClause)[] Tokens(string text)
    {
        var tokens = new List<(string Word, bool EndsClause)>();
        foreach (var raw in TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(WordPunctuation);
            var end = raw.TrimEnd(QuotesAndEmphasis);
            var endsClause = end.Length > 0 && ClauseEnds.Contains(end[^1]);
            if (word.Length > 0)
            {
                tokens.Add((word, endsClause));
            }
            else if (endsClause && tokens.Count > 0)
            {
                // A lone "," or "!" ends the clause of the word before it.
                tokens[^1] = (tokens[^1].Word, true);
            }
        }
        return tokens.ToArray();
    }

    private static IEnumerable<int> IndexesOf(string[] words, string[] phrase)
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
                yield return i;
            }
        }
    }
}

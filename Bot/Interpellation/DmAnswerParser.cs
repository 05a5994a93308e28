using System.Globalization;
using MissionBot.Conversations;
using MissionBot.Texts;

namespace MissionBot.Interpellation;

/// <summary>
/// Reads answers to the bot's questions, in French or English, forgiving about case, accents and punctuation:
/// "Oui !", "oui 12", "non merci", "pas maintenant", "stop", "@alice @bob", "personne", "anonyme".
/// Never throws: anything it cannot read is <see cref="DmAnswerKind.Unclear"/>.
/// </summary>
public static class DmAnswerParser
{
    private const int MaxLength = 2000;

    private static readonly HashSet<string> YesWords =
    [
        "oui", "ouais", "ouaip", "yes", "yep", "yeah", "yup", "ok", "okay", "oki", "d'accord", "dac", "daccord", "volontiers",
        "carrement", "partant", "partante", "partant·e", "sure", "banco", "go", "evidemment", "absolument", "certainement",
    ];

    private static readonly string[] YesPhrases =
    [
        "avec plaisir", "je veux bien", "bien sur", "pourquoi pas", "of course", "count me in", "je suis partant", "je suis partante",
        "i'm in", "im in", "why not", "je suis dispo", "je suis disponible", "je me propose", "with pleasure",
    ];

    private static readonly HashSet<string> NoWords = ["non", "no", "nope", "nan", "nah", "niet"];

    private static readonly string[] NoPhrases =
    [
        "pas interesse", "pas interessee", "pas interesse·e", "not interested", "no thanks", "je ne peux pas", "je peux pas", "i can't", "i cannot",
        "sans moi", "not for me", "pas pour moi",
    ];

    private static readonly string[] NotNowPhrases =
    [
        "pas maintenant", "plus tard", "pas le moment", "pas en ce moment", "pas dispo", "pas disponible", "pas le temps",
        "une autre fois", "not now", "later", "not available", "no time", "another time", "not right now", "trop de boulot", "debordee", "deborde",
    ];

    private static readonly HashSet<string> StopWords = ["stop", "arrete", "arretez", "unsubscribe", "desabonner", "desinscription"];

    private static readonly string[] StopPhrases =
    [
        "ne me sollicite plus", "ne plus me solliciter", "ne m'ecris plus", "plus jamais", "never again", "don't ping me", "stop pinging me",
        "leave me alone", "laisse moi tranquille", "desinscris moi",
    ];

    private static readonly string[] NobodyPhrases =
    [
        "personne", "no one", "noone", "nobody", "aucune idee", "je ne vois pas", "je vois pas", "aucun", "aucune", "none", "pas d'idee", "no idea",
        "je ne connais personne", "i don't know anyone",
    ];

    private static readonly HashSet<string> AnonymousWords = ["anonyme", "anonymous", "anon", "anonymement", "anonymously"];

    /// <summary>Words that carry no meaning in an answer ("oui pour la mission 12, merci").</summary>
    private static readonly HashSet<string> Filler =
    [
        "pour", "la", "le", "l'", "mission", "missions", "merci", "thanks", "thank", "you", "svp", "stp", "please", "for", "the", "a", "de",
        "du", "bonjour", "salut", "hello", "hi", "coucou", "!", "?", "-", "et", "and", "n°", "no.", "numero", "number",
    ];

    public static DmAnswer Parse(string? text)
    {
        try
        {
            return ParseUnsafe(text ?? "");
        }
        catch (Exception)
        {
            // A parser that throws would leave someone without an answer: anything odd is simply unclear.
            return new DmAnswer(DmAnswerKind.Unclear);
        }
    }

    private static DmAnswer ParseUnsafe(string text)
    {
        var raw = text.Trim();
        if (raw.Length > MaxLength)
        {
            raw = raw[..MaxLength];
        }
        if (raw.Length == 0)
        {
            return new DmAnswer(DmAnswerKind.Unclear);
        }
        var mentions = Mentions.Find(raw);
        var tokens = TextNormalizer.Fold(raw)
            .Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('.', '!', '?', ':', '(', ')', '"', '«', '»', '…', '*', '_', '~', '`'))
            .Where(t => t.Length > 0)
            .ToList();
        int? number = null;
        var anonymous = false;
        var words = new List<string>();
        foreach (var token in tokens)
        {
            if (number is null && TryNumber(token, out var n))
            {
                number = n;
            }
            else if (AnonymousWords.Contains(token))
            {
                anonymous = true;
            }
            else if (!token.StartsWith('@') && !Filler.Contains(token))
            {
                words.Add(token);
            }
        }
        if (mentions.Count > 0)
        {
            return new DmAnswer(DmAnswerKind.Names, number, mentions, anonymous);
        }
        var phrase = string.Join(' ', words);
        var first = words.Count > 0 ? words[0] : "";
        var kind = phrase.Length == 0 ? (anonymous ? DmAnswerKind.Anonymous : DmAnswerKind.Unclear)
            : StopWords.Contains(first) || ContainsAny(phrase, StopPhrases) ? DmAnswerKind.Stop
            : ContainsAny(phrase, NotNowPhrases) ? DmAnswerKind.NotNow
            : StartsWithAny(phrase, NobodyPhrases) || (NoWords.Contains(first) && ContainsAny(phrase, NobodyPhrases)) ? DmAnswerKind.Nobody
            : NoWords.Contains(first) || StartsWithAny(phrase, NoPhrases) ? DmAnswerKind.No
            : YesWords.Contains(first) || StartsWithAny(phrase, YesPhrases) ? DmAnswerKind.Yes
            : DmAnswerKind.Unclear;
        if (kind == DmAnswerKind.Unclear && PlainUsernames(raw) is { Count: > 0 } names)
        {
            return new DmAnswer(DmAnswerKind.Names, number, names, anonymous, PlainNames: true);
        }
        return new DmAnswer(kind, number, null, anonymous);
    }

    /// <summary>
    /// "alice, bob": every meaningful word is username-shaped (checked before folding, so "ça dépend" is not).
    /// A question is never a list of names.
    /// </summary>
    private static List<string>? PlainUsernames(string raw)
    {
        if (raw.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }
        var names = new List<string>();
        foreach (var token in raw.Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('.', '!', ':', '(', ')', '"', '«', '»', '…', '*', '~', '`');
            var folded = TextNormalizer.Fold(word);
            if (word.Length == 0 || Filler.Contains(folded) || AnonymousWords.Contains(folded) || TryNumber(folded, out _))
            {
                continue;
            }
            if (!Mentions.LooksLikeUsername(word))
            {
                return null;
            }
            names.Add(Mentions.Clean(word));
        }
        return names.Count <= 20 ? names.Distinct(StringComparer.Ordinal).ToList() : null;
    }

    private static bool TryNumber(string token, out int number)
    {
        var t = token.TrimStart('#');
        if (t.StartsWith("n°", StringComparison.Ordinal))
        {
            t = t[2..];
        }
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }

    private static bool ContainsAny(string phrase, string[] candidates) =>
        candidates.Any(c => (" " + phrase + " ").Contains(" " + c + " ", StringComparison.Ordinal));

    private static bool StartsWithAny(string phrase, string[] candidates) =>
        candidates.Any(c => phrase == c || phrase.StartsWith(c + " ", StringComparison.Ordinal));
}

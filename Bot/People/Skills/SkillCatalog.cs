using System.Text;
using System.Text.Json;
using MissionBot.Texts;

namespace MissionBot.People.Skills;

/// <summary>
/// Understands skills as people type them: "Graphisme", "design graphique" and "Graphic design" are one
/// skill when the synonyms file groups them. Unknown skills are kept as typed, folded for comparison.
/// </summary>
public sealed class SkillCatalog
{
    /// <summary>Longest skill name kept (longer ones are refused, they are sentences, not skills).</summary>
    public const int MaxLabelLength = 60;

    private readonly Dictionary<string, Skill> _known = [];

    public SkillCatalog(IEnumerable<IReadOnlyList<string>> synonymGroups)
    {
        foreach (var group in synonymGroups.Where(g => g.Count > 0))
        {
            var label = Tidy(group[0]);
            var canonical = new Skill(Normalize(label), label);
            foreach (var name in group)
            {
                // The first group that names a synonym wins: a file with a duplicate stays usable.
                _known.TryAdd(Normalize(name), canonical);
            }
        }
    }

    public static SkillCatalog Empty { get; } = new([]);

    /// <summary>Reads the synonyms file; throws <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static SkillCatalog Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            using var document = JsonDocument.Parse(stream, options);
            if (!document.RootElement.TryGetProperty("Synonyms", out var groups) || groups.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: expected {{ \"Synonyms\": [[\"graphisme\", \"design graphique\"], ...] }}");
            }
            var parsed = new List<IReadOnlyList<string>>();
            foreach (var group in groups.EnumerateArray())
            {
                if (group.ValueKind != JsonValueKind.Array || group.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.String))
                {
                    throw new InvalidDataException($"{path}: each synonyms group must be a list of names, like [\"graphisme\", \"graphic design\"]");
                }
                parsed.Add(group.EnumerateArray().Select(n => n.GetString()!).Where(n => Normalize(n).Length > 0).ToList());
            }
            return new SkillCatalog(parsed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>The skill a typed name stands for; null when nothing is left once tidied.</summary>
    public Skill? Resolve(string typed)
    {
        var label = Tidy(typed);
        var key = Normalize(label);
        if (key.Length == 0)
        {
            return null;
        }
        return _known.TryGetValue(key, out var known) ? known : new Skill(key, label);
    }

    /// <summary>Every name the synonyms file gives a skill key (just the key when the file does not know it).</summary>
    public IReadOnlyList<string> NamesOf(string key) =>
        _known.TryGetValue(key, out var canonical)
            ? _known.Where(k => k.Value.Key == canonical.Key).Select(k => k.Key).ToList()
            : [key];

    /// <summary>True when the name is one of the synonyms file's names.</summary>
    public bool IsKnown(string typed) => _known.ContainsKey(Normalize(typed));

    /// <summary>Splits "wordpress, graphisme; compta" into resolved skills, without duplicates.</summary>
    public IReadOnlyList<Skill> ResolveList(string typed) =>
        typed.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Resolve)
            .OfType<Skill>()
            .DistinctBy(s => s.Key)
            .ToList();

    /// <summary>The comparison form: folded (case, accents), hyphens and underscores as spaces, outer punctuation dropped.</summary>
    public static string Normalize(string text)
    {
        var folded = TextNormalizer.Fold(text.Replace('-', ' ').Replace('_', ' '));
        return TrimPunctuation(folded);
    }

    /// <summary>The display form: spaces collapsed, outer punctuation dropped, case kept.</summary>
    private static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length > 0 ? " " : "").Append(word);
        }
        return TrimPunctuation(builder.ToString());
    }

    private static string TrimPunctuation(string text) => text.Trim(' ', '.', ',', ';', ':', '!', '?', '"', '\'', '«', '»', '(', ')', '*', '`');
}

using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Texts;

namespace MissionBot.Commands;

/// <summary>
/// Reads the one-line mission form:
/// <c>Titre | description | compétences: a, b | échéance: 2026-12-15 | lieu: Lyon | bénévole | porte d'entrée</c>
/// (paid missions may add <c>contribution: 5%</c> or <c>contribution: libre</c>).
/// The first segment is the title; a segment without a known key is description; keys exist in
/// French and English and ignore case and accents.
/// </summary>
public sealed class MissionDraftParser(TimeProvider clock)
{
    public const int MaxTitleLength = 120;

    private static readonly Dictionary<string, string> Keys = new()
    {
        ["competences"] = "skills", ["competence"] = "skills", ["skills"] = "skills", ["skill"] = "skills",
        ["echeance"] = "due", ["due"] = "due", ["date"] = "due", ["deadline"] = "due", ["pour le"] = "due",
        ["lieu"] = "place", ["place"] = "place", ["ou"] = "place", ["where"] = "place", ["ville"] = "place",
        ["description"] = "description", ["desc"] = "description",
        ["vagues"] = "waves", ["waves"] = "waves", ["vague"] = "waves",
        ["contribution"] = "contribution", ["contribution au reseau"] = "contribution", ["give back"] = "contribution",
    };

    private static readonly Dictionary<string, string> Flags = new()
    {
        ["remuneree"] = "paid", ["remunere"] = "paid", ["payee"] = "paid", ["paid"] = "paid",
        ["benevole"] = "volunteer", ["volunteer"] = "volunteer", ["volontaire"] = "volunteer",
        ["porte d'entree"] = "entry", ["entry"] = "entry", ["entry door"] = "entry", ["entry-door"] = "entry", ["entree"] = "entry",
    };

    public DraftParseResult Parse(string text)
    {
        var segments = text.Split('|').Select(s => s.Trim()).ToList();
        var title = segments[0];
        var description = new List<string>();
        var skills = "";
        var due = "";
        var place = "";
        var contribution = "";
        var paid = false;
        var entry = false;
        var waves = "";

        foreach (var segment in segments.Skip(1).Where(s => s.Length > 0))
        {
            // French puts a space before "!": "Porte d'entrée !" is still the flag.
            var folded = TextNormalizer.Fold(segment).TrimEnd('.', '!', ' ');
            if (Flags.TryGetValue(folded, out var flag))
            {
                paid = flag == "paid" || (paid && flag != "volunteer");
                entry |= flag == "entry";
                continue;
            }
            var colon = segment.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Keys.TryGetValue(TextNormalizer.Fold(segment[..colon]), out var key))
            {
                var value = segment[(colon + 1)..].Trim();
                switch (key)
                {
                    case "skills": skills = value; break;
                    case "due": due = value; break;
                    case "place": place = value; break;
                    case "waves": waves = value; break;
                    case "contribution": contribution = value; break;
                    default: description.Add(value); break;
                }
                continue;
            }
            description.Add(segment);
        }

        if (!TryReadWaves(waves, out var inWaves))
        {
            return DraftParseResult.Fail(CommandErrorKind.BadWaves, SafeText.Truncate(waves, 30));
        }
        var built = Build(title, string.Join("\n", description), skills, due, place, paid, entry);
        if (built.Draft is not null && inWaves)
        {
            built = DraftParseResult.Ok(built.Draft with { Waves = true });
        }
        return built.Draft is null || contribution.Length == 0 ? built : WithContribution(built.Draft, contribution);
    }

    /// <summary>"vagues: auto" (or oui/yes/on) runs the mission in waves; "non"/"no"/"off" or nothing does not.</summary>
    private static bool TryReadWaves(string value, out bool waves)
    {
        var folded = TextNormalizer.Fold(value).Trim('.', '!');
        waves = folded is "auto" or "automatique" or "automatic" or "oui" or "yes" or "on";
        return waves || folded is "" or "non" or "no" or "off" or "aucune" or "none";
    }

    private static DraftParseResult WithContribution(MissionDraft draft, string contribution)
    {
        if (!ContributionTerms.TryParse(contribution, out var percent, out var free))
        {
            return DraftParseResult.Fail(CommandErrorKind.BadContribution, SafeText.Truncate(contribution, 30));
        }
        return draft.Paid
            ? DraftParseResult.Ok(draft with { ContributionPercent = percent, ContributionFree = free })
            : DraftParseResult.Fail(CommandErrorKind.ContributionNeedsPaid);
    }

    public DraftParseResult FromForm(MissionForm form) =>
        Build(form.Title ?? "", form.Description ?? "", form.Skills ?? "", form.DueDate ?? "", form.Place ?? "", form.Paid, form.EntryDoor);

    private DraftParseResult Build(string title, string description, string skills, string due, string place, bool paid, bool entry)
    {
        title = title.Trim();
        if (title.Length == 0)
        {
            return DraftParseResult.Fail(CommandErrorKind.EmptyTitle);
        }
        if (title.Length > MaxTitleLength)
        {
            return DraftParseResult.Fail(CommandErrorKind.TitleTooLong, MaxTitleLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        DateOnly? dueDate = null;
        if (due.Trim().Length > 0)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (!DueDateParser.TryParse(due, today, out var parsed))
            {
                return DraftParseResult.Fail(CommandErrorKind.BadDate, SafeText.Truncate(due.Trim(), 30));
            }
            if (parsed < today)
            {
                return DraftParseResult.Fail(CommandErrorKind.DateInPast, parsed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            dueDate = parsed;
        }
        return DraftParseResult.Ok(new MissionDraft(title, description.Trim(), SplitSkills(skills), dueDate, place.Trim(), paid, entry));
    }

    private static List<string> SplitSkills(string skills) =>
        skills.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .DistinctBy(TextNormalizer.Fold)
            .ToList();
}

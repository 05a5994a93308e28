using MissionBot.People.Skills;
using MissionBot.Reports;
using MissionBot.Texts;

namespace MissionBot.Interpellation;

/// <summary>
/// Skills available for the yearly report's skills gap: people with any evidence for a skill (declared,
/// recommended, done). The report matches skills as missions spell them, so each skill is given under every
/// name the synonyms file knows for it ("graphisme", "design graphique", "graphic design").
/// </summary>
public sealed class DeclaredSkillSupply(InterpellationIndex index, SkillCatalog catalog) : ISkillSupply
{
    public IReadOnlyDictionary<string, int> PeoplePerSkill()
    {
        var supply = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, people) in index.PeoplePerSkill())
        {
            foreach (var name in catalog.NamesOf(key).Append(key))
            {
                var folded = TextNormalizer.Fold(name);
                supply[folded] = Math.Max(supply.GetValueOrDefault(folded), people);
            }
        }
        return supply;
    }
}

using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Reports;

/// <summary>Skills available = people who did at least one mission asking for them (evidence of done missions).</summary>
public sealed class EvidenceSkillSupply(EvidenceRepository evidence) : ISkillSupply
{
    public IReadOnlyDictionary<string, int> PeoplePerSkill() =>
        evidence.All()
            .SelectMany(e => e.Skills.Select(s => (Skill: TextNormalizer.Fold(s), e.PersonId)))
            .Distinct()
            .GroupBy(x => x.Skill)
            .ToDictionary(g => g.Key, g => g.Count());
}

namespace MissionBot.Reports;

/// <summary>
/// How many people can offer each skill (folded with TextNormalizer.Fold): the "available" side of the report's
/// skills gap. The skills feature provides declared skills; the default counts people who did a mission asking it.
/// </summary>
public interface ISkillSupply
{
    IReadOnlyDictionary<string, int> PeoplePerSkill();
}

using MissionBot.Missions;
using MissionBot.People.Skills;

namespace MissionBot.Interpellation;

/// <summary>A mission as the ranking sees it: its skills resolved through the synonyms, its place folded.</summary>
public sealed record MissionProfile(int Number, string OwnerId, IReadOnlyList<Skill> Skills, string PlaceKey, bool EntryDoor)
{
    public static MissionProfile From(Mission mission, SkillCatalog catalog) => new(
        mission.Number,
        mission.OwnerId,
        mission.Skills.Select(catalog.Resolve).OfType<Skill>().DistinctBy(s => s.Key).ToList(),
        SkillCatalog.Normalize(mission.Place),
        mission.EntryDoor);
}

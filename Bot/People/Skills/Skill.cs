namespace MissionBot.People.Skills;

/// <summary>
/// A skill once understood: <paramref name="Key"/> compares (folded, synonyms mapped to one name),
/// <paramref name="Label"/> is how the bot writes it back.
/// </summary>
public sealed record Skill(string Key, string Label);

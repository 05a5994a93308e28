namespace MissionBot.People.Skills;

/// <summary>A skill a member declared, as stored: the comparison key and the name they gave it.</summary>
public sealed class MemberSkill
{
    public string Key { get; set; } = "";

    public string Label { get; set; } = "";
}

namespace MissionBot.Reports;

/// <summary>A skill asked by <see cref="Asked"/> missions of the year, offered by <see cref="Available"/> people.</summary>
public sealed record SkillGap(string Skill, int Asked, int Available)
{
    public int Gap => Asked - Available;
}

namespace MissionBot.Jury;

/// <summary>One criterion of a jury's grid and its weight ("prix 40").</summary>
public sealed class JuryCriterion
{
    public string Name { get; set; } = "";

    public int Weight { get; set; }
}

namespace MissionBot.Hosting;

/// <summary>Where the LiteDB file lives (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string Path { get; set; } = "missionbot.db";
}

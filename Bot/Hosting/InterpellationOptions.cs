namespace MissionBot.Hosting;

/// <summary>Targeted pings, cooptation and waves (section "Interpellation").</summary>
public sealed class InterpellationOptions
{
    public const string Section = "Interpellation";

    /// <summary>The skill synonyms file, relative to the bot's folder (or absolute).</summary>
    public string SynonymsFile { get; set; } = "config/skill-synonyms.json";

    /// <summary>Default most pings per person per 7 days (each person can lower or raise it with "/mission limit").</summary>
    public int PingsPerWeek { get; set; } = 2;

    /// <summary>How many people "/mission ping 12" asks when no number is given.</summary>
    public int DefaultPingCount { get; set; } = 5;

    /// <summary>How many trusted people "/mission coopt 12" asks when no names are given.</summary>
    public int TrustedPeopleCount { get; set; } = 3;

    /// <summary>Days of pause after answering "pas maintenant".</summary>
    public int NotNowPauseDays { get; set; } = 14;

    /// <summary>Hours between two waves of a "vagues: auto" mission.</summary>
    public double WaveDelayHours { get; set; } = 48;

    /// <summary>Candidates that are enough to stop the waves.</summary>
    public int WaveEnoughCandidates { get; set; } = 1;

    public string ResolveSynonymsPath() =>
        Path.IsPathRooted(SynonymsFile) ? SynonymsFile : Path.Combine(AppContext.BaseDirectory, SynonymsFile);
}

namespace MissionBot.Waves;

/// <summary>
/// The schedule of a "vagues: auto" mission, stored so that it survives restarts:
/// the wave it is in and when the next one is due.
/// </summary>
public sealed class WavePlan
{
    /// <summary>The mission's number.</summary>
    public int Id { get; set; }

    public WaveStage Stage { get; set; } = WaveStage.Cooptation;

    /// <summary>When the next wave is due (UTC); null once the waves are over.</summary>
    public DateTime? NextAt { get; set; }

    public DateTime StartedAt { get; set; }

    public bool IsRunning => Stage is WaveStage.Cooptation or WaveStage.Pings;
}

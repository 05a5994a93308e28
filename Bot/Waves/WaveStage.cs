namespace MissionBot.Waves;

/// <summary>Where a "vagues: auto" mission is: targeted first, open last.</summary>
public enum WaveStage
{
    /// <summary>Wave 1: trusted people are asked whom they recommend.</summary>
    Cooptation = 1,

    /// <summary>Wave 2: the best-ranked members are pinged.</summary>
    Pings = 2,

    /// <summary>Wave 3: the open call was posted in the channel; nothing more to do.</summary>
    OpenCall = 3,

    /// <summary>Enough candidates came, or the mission closed: the waves ended early.</summary>
    Finished = 4,

    /// <summary>The owner stopped the waves.</summary>
    Stopped = 5,
}

namespace MissionBot.Interpellation;

/// <summary>Why the bot wrote to someone privately. Every kind counts towards the weekly cap.</summary>
public enum PingKind
{
    /// <summary>"Would you take mission 12?" after a ranked ping.</summary>
    Ping,

    /// <summary>"Whom do you trust for this?" sent to a trusted person.</summary>
    CooptationQuestion,

    /// <summary>"Someone recommended you for mission 12: interested?"</summary>
    NomineeInvitation,
}

namespace MissionBot.Interpellation;

/// <summary>What a DM answer to one of the bot's questions means.</summary>
public enum DmAnswerKind
{
    /// <summary>Nothing recognisable: the bot answers with a reminder of its questions.</summary>
    Unclear,
    Yes,
    No,

    /// <summary>"Pas maintenant": pause.</summary>
    NotNow,

    /// <summary>"Stop": never ping me again.</summary>
    Stop,

    /// <summary>"Personne": no one to recommend.</summary>
    Nobody,

    /// <summary>Usernames: recommendations.</summary>
    Names,

    /// <summary>"Anonyme" alone: do not name me to the nominees.</summary>
    Anonymous,
}

namespace MissionBot.Hosting;

/// <summary>One reason of the grid: the words an owner may type for it, and the sentence candidates read.</summary>
public sealed class RefusalReasonOption
{
    /// <summary>What owners type after "raison:" (case and accents ignored), e.g. "disponibilites", "availability".</summary>
    public List<string> Keys { get; set; } = [];

    /// <summary>The sentence in French, completing "elle n'a pas été retenue : ...".</summary>
    public string Fr { get; set; } = "";

    /// <summary>The sentence in English, completing "it was not selected: ...".</summary>
    public string En { get; set; } = "";
}

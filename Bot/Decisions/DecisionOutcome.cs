namespace MissionBot.Decisions;

public enum DecisionOutcome
{
    /// <summary>Decided: every candidate was answered.</summary>
    Decided,
    NotFound,
    NotAllowed,
    NotOpen,
    /// <summary>Someone chosen is not a candidate (see <see cref="DecisionResult.Detail"/>).</summary>
    NotACandidate,
    /// <summary>The reason typed is not in the grid.</summary>
    UnknownReason,
    /// <summary>A selection leaves candidates without an answer: the bot asked which reason to give them.</summary>
    ReasonNeeded,
    /// <summary>Closing would answer everyone with the default reason: the bot asked the owner to confirm.</summary>
    ConfirmationNeeded,
}

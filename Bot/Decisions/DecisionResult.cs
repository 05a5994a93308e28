using MissionBot.Missions;

namespace MissionBot.Decisions;

/// <summary>What became of a decision, with what the answer to the decider needs.</summary>
public sealed record DecisionResult(DecisionOutcome Outcome, Mission? Mission = null)
{
    public IReadOnlyList<Candidacy> Selected { get; init; } = [];

    /// <summary>Candidates who were (or, when asked, would be) told they were not selected.</summary>
    public IReadOnlyList<Candidacy> Others { get; init; } = [];

    public RefusalReason? Reason { get; init; }

    /// <summary>The name or reason that was not understood.</summary>
    public string Detail { get; init; } = "";
}

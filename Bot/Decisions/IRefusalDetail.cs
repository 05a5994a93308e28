using MissionBot.Missions;

namespace MissionBot.Decisions;

/// <summary>
/// Adds to the answer of a candidate who was not selected (the jury cites its criteria and the candidate's
/// score). Null adds nothing.
/// </summary>
public interface IRefusalDetail
{
    string? DetailFor(Mission mission, Candidacy candidacy);
}

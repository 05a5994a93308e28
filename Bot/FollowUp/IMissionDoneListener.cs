using MissionBot.Missions;

namespace MissionBot.FollowUp;

/// <summary>
/// Told when a filled mission is done (closed as done, or its due date passed): skills gain evidence, for example.
/// Registered with AddSingleton&lt;IMissionDoneListener, ...&gt;; a failing listener does not stop the others.
/// </summary>
public interface IMissionDoneListener
{
    Task MissionDoneAsync(Mission mission, IReadOnlyList<Candidacy> selected, CancellationToken cancellationToken);
}

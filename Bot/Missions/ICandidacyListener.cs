namespace MissionBot.Missions;

/// <summary>
/// Told when someone becomes a candidate (the jury removes a juror who becomes one). Registered by features
/// with AddSingleton&lt;ICandidacyListener, ...&gt;.
/// </summary>
public interface ICandidacyListener
{
    Task CandidacyAddedAsync(Mission mission, Candidacy candidacy, CancellationToken cancellationToken);
}

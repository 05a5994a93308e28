namespace MissionBot.Missions;

/// <summary>
/// Told once a mission is stored (and announced, unless it runs in waves). Features that start work on new
/// missions (waves) implement it; a listener's failure is logged and never undoes the mission.
/// </summary>
public interface IMissionCreatedListener
{
    Task MissionCreatedAsync(Mission mission, CancellationToken cancellationToken);
}

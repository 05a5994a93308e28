namespace MissionBot.Missions;

/// <summary>
/// One extra line under a mission's announcement (the owner's responsiveness, the contribution to the network).
/// Features register theirs; null or empty adds nothing.
/// </summary>
public interface IAnnouncementLine
{
    string? LineFor(Mission mission);
}

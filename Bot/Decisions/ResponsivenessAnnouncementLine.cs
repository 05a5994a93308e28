using MissionBot.Missions;

namespace MissionBot.Decisions;

/// <summary>Shows the owner's responsiveness under each of their announcements.</summary>
public sealed class ResponsivenessAnnouncementLine(ResponsivenessService responsiveness) : IAnnouncementLine
{
    public string? LineFor(Mission mission) => responsiveness.LineFor(mission.OwnerId);
}

using MissionBot.Missions;
using MissionBot.Texts.FollowUp;

namespace MissionBot.FollowUp;

/// <summary>Shows a paid mission's contribution to the network under its announcement.</summary>
public sealed class ContributionAnnouncementLine(FollowUpTexts texts) : IAnnouncementLine
{
    public string? LineFor(Mission mission) => texts.ContributionLine(mission);
}

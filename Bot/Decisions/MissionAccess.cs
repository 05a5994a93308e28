using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Missions;

namespace MissionBot.Decisions;

/// <summary>Who may act on a mission: its owner, and the coordinators listed in Missions:Coordinators.</summary>
public sealed class MissionAccess(IOptions<MissionsOptions> options)
{
    public bool IsCoordinator(ChatUser user) =>
        options.Value.Coordinators.Any(c => string.Equals(c.Trim().TrimStart('@'), user.Username, StringComparison.OrdinalIgnoreCase));

    public bool IsOwnerOrCoordinator(Mission mission, ChatUser user) => mission.OwnerId == user.Id || IsCoordinator(user);
}

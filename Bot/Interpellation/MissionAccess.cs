using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Interpellation;

/// <summary>Who may act on a mission (ping, coopt, waves): its owner, or a coordinator named in the configuration.</summary>
public sealed class MissionAccess(IOptions<MissionsOptions> options, BotDatabase db)
{
    public bool IsCoordinator(ChatUser user) =>
        options.Value.Coordinators.Any(c => TextNormalizer.Fold(c.Trim().TrimStart('@')) == TextNormalizer.Fold(user.Username));

    public bool CanManage(Mission mission, ChatUser user) => mission.OwnerId == user.Id || IsCoordinator(user);

    /// <summary>Reverse search is for people who run missions: coordinators and anyone who posted one.</summary>
    public bool CanSearch(ChatUser user) => IsCoordinator(user) || db.Missions.Exists(m => m.OwnerId == user.Id);
}

using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Interpellation;

/// <summary>
/// The checks before acting on a mission (ping, coopt, waves): it exists, the person may manage it, and,
/// when asked, it is still open. A refusal is a friendly private answer plus a log line.
/// </summary>
public sealed class MissionGuard(
    MissionRepository missions,
    MissionAccess access,
    BotTexts botTexts,
    InterpellationTexts texts,
    ILogger<MissionGuard> logger)
{
    public (Mission? Mission, CommandReply? Refusal) Check(int number, ChatUser user, bool mustBeOpen)
    {
        if (missions.Find(number) is not { } mission)
        {
            return (null, CommandReply.Error(botTexts.MissionNotFound(number)));
        }
        if (!access.IsOwnerOrCoordinator(mission, user))
        {
            logger.LogWarning("{User} tried to act on mission {MissionNumber} owned by {Owner}", user.Username, number, mission.OwnerUsername);
            return (null, CommandReply.Error(texts.NotYourMission(mission)));
        }
        if (mustBeOpen && !mission.IsOpen)
        {
            return (null, CommandReply.Error(botTexts.MissionNotOpen(mission)));
        }
        return (mission, null);
    }
}

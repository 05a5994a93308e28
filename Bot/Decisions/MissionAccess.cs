using MissionBot.Chat;
using MissionBot.Missions;

namespace MissionBot.Decisions;

/// <summary>
/// Who may act on a mission: its owner, and the coordinators listed in Missions:Coordinators. The rules live in
/// <see cref="MissionAuthorization"/> (one place for every feature); this keeps the decisions' vocabulary.
/// </summary>
public sealed class MissionAccess(MissionAuthorization authorization)
{
    public bool IsCoordinator(ChatUser user) => authorization.IsCoordinator(user);

    public bool IsOwnerOrCoordinator(Mission mission, ChatUser user) => authorization.IsOwnerOrCoordinator(mission, user);
}

using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;

namespace MissionBot.Missions;

/// <summary>
/// Who may act on a mission (ping, coopt, select, close, change it): its owner, or a coordinator named in
/// Missions:Coordinators. Owners are matched by account id (a username can be renamed or reused);
/// coordinators by username, exactly but for case and a leading @, never by a folded or partial form that
/// another account could imitate. Callers refuse with a friendly private message and log the refusal.
/// </summary>
public sealed class MissionAuthorization(IOptions<MissionsOptions> options)
{
    public bool IsCoordinator(ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var username = Normalise(user.Username);
        return username.Length > 0 && options.Value.Coordinators.Any(c => Normalise(c) == username);
    }

    public bool IsOwner(Mission mission, ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(mission);
        ArgumentNullException.ThrowIfNull(user);
        return mission.OwnerId.Length > 0 && string.Equals(mission.OwnerId, user.Id, StringComparison.Ordinal);
    }

    public bool IsOwnerOrCoordinator(Mission mission, ChatUser user) => IsOwner(mission, user) || IsCoordinator(user);

    private static string Normalise(string? username) => (username ?? "").Trim().TrimStart('@').ToLowerInvariant();
}

using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;

namespace MissionBot.Missions;

/// <summary>The channel where announcements go, resolved once by name and then remembered.</summary>
public sealed class MissionChannel(IChatClient chat, IOptions<MissionsOptions> options)
{
    private string? _id;

    public async Task<string> IdAsync(CancellationToken cancellationToken)
    {
        // Two callers racing resolve the same name to the same id: no lock needed.
        return _id ??= await chat.ResolveChannelIdAsync(options.Value.Channel.Trim().TrimStart('~', '#'), cancellationToken);
    }
}

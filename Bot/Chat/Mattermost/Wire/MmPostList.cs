namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>GET /channels/{id}/posts: post ids newest first in <see cref="Order"/>, the posts by id.</summary>
internal sealed class MmPostList
{
    public List<string> Order { get; set; } = [];

    public Dictionary<string, MmPost> Posts { get; set; } = [];
}

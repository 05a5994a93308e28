using System.Text.Json.Nodes;

namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>A post as the server returns it (REST) or sends it (inside the websocket's data.post string).</summary>
internal sealed class MmPost
{
    public string Id { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string RootId { get; set; } = "";

    public string Message { get; set; } = "";

    /// <summary>"" for a normal message, "system_..." for system messages.</summary>
    public string Type { get; set; } = "";

    public JsonObject? Props { get; set; }

    public long CreateAt { get; set; }

    public long DeleteAt { get; set; }
}

namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>What the server POSTs to a button's integration URL when someone clicks it.</summary>
internal sealed class MmActionRequest
{
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public string PostId { get; set; } = "";

    public string TriggerId { get; set; } = "";

    public MmActionContext? Context { get; set; }
}

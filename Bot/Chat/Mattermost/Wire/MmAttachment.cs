namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>A legacy message attachment: the only way to put buttons under a post over REST.</summary>
internal sealed class MmAttachment
{
    public string? Text { get; set; }

    public List<MmAction> Actions { get; set; } = [];
}

namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmPostProps
{
    public List<MmAttachment> Attachments { get; set; } = [];
}

namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>What Mattermost stored for an uploaded file (FileInfo); only the id is needed to attach it to a post.</summary>
internal sealed class MmFileInfo
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public long Size { get; set; }
}

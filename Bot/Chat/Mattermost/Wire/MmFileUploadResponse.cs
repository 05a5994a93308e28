namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>The 201 answer of POST /files: one FileInfo per uploaded file, in order.</summary>
internal sealed class MmFileUploadResponse
{
    public List<MmFileInfo> FileInfos { get; set; } = [];

    public List<string> ClientIds { get; set; } = [];
}

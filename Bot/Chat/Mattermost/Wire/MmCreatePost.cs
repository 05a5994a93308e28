namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmCreatePost
{
    public string ChannelId { get; set; } = "";

    public string Message { get; set; } = "";

    public string? RootId { get; set; }

    public MmPostProps? Props { get; set; }

    /// <summary>Files uploaded beforehand (POST /files) to the same channel; null for none.</summary>
    public List<string>? FileIds { get; set; }

    /// <summary>The server maps a repeated pending_post_id to the post it already created: a retried POST never duplicates.</summary>
    public string? PendingPostId { get; set; }
}

namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmReaction
{
    public string UserId { get; set; } = "";

    public string PostId { get; set; } = "";

    /// <summary>Without colons, e.g. "white_check_mark".</summary>
    public string EmojiName { get; set; } = "";
}

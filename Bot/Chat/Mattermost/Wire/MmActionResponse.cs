namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmActionResponse
{
    /// <summary>Shown only to the person who clicked.</summary>
    public string? EphemeralText { get; set; }
}

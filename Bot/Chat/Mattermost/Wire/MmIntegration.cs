namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmIntegration
{
    public string Url { get; set; } = "";

    /// <summary>Sent back to <see cref="Url"/> on click; the server strips it before clients see the post.</summary>
    public MmActionContext Context { get; set; } = new();
}

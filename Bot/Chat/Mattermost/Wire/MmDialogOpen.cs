namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmDialogOpen
{
    public string TriggerId { get; set; } = "";

    /// <summary>Where the server POSTs the submission.</summary>
    public string Url { get; set; } = "";

    public MmDialog Dialog { get; set; } = new();
}

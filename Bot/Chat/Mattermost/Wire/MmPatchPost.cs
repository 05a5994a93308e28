namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmPatchPost
{
    public string Message { get; set; } = "";

    /// <summary>Always sent, so that buttons disappear when the new version has none.</summary>
    public MmPostProps Props { get; set; } = new();
}

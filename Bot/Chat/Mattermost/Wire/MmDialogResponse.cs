namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>A non-empty answer keeps the dialog open and shows the error under the form.</summary>
internal sealed class MmDialogResponse
{
    public string? Error { get; set; }
}

namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmDialog
{
    public string CallbackId { get; set; } = "";

    /// <summary>At most 24 characters.</summary>
    public string Title { get; set; } = "";

    public List<MmDialogElement> Elements { get; set; } = [];

    public string SubmitLabel { get; set; } = "";

    public bool NotifyOnCancel { get; set; }

    /// <summary>Echoed back untouched with the submission.</summary>
    public string State { get; set; } = "";
}

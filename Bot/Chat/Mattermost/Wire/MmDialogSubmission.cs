using System.Text.Json.Nodes;

namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>What the server POSTs to the dialog's URL when the form is submitted (or cancelled).</summary>
internal sealed class MmDialogSubmission
{
    public string Type { get; set; } = "";

    public string CallbackId { get; set; } = "";

    public string State { get; set; } = "";

    public string UserId { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public JsonObject? Submission { get; set; }

    public bool Cancelled { get; set; }
}

using System.Text.Json.Nodes;

namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>
/// Anything the server sends on the websocket: an event ({"event","data","broadcast","seq"}) or the reply to
/// one of our actions ({"status","seq_reply","data"}).
/// </summary>
internal sealed class MmSocketFrame
{
    public string? Event { get; set; }

    public JsonObject? Data { get; set; }

    public long? Seq { get; set; }

    public string? Status { get; set; }

    public long? SeqReply { get; set; }

    public bool IsEvent => !string.IsNullOrEmpty(Event);
}

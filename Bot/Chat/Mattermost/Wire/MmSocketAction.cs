namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>A request we send on the websocket, e.g. {"action":"ping","seq":3}.</summary>
internal sealed class MmSocketAction
{
    public string Action { get; set; } = "";

    public long Seq { get; set; }
}

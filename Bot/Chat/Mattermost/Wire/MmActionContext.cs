namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmActionContext
{
    /// <summary>The button's typed-command twin, e.g. "join 12".</summary>
    public string Command { get; set; } = "";

    /// <summary>HMAC of <see cref="Command"/>: proves the bot wrote this button.</summary>
    public string Signature { get; set; } = "";
}

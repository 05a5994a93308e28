namespace MissionBot.Chat.Mattermost.Wire;

/// <summary>The answer to a slash command, in the HTTP response or POSTed later to its response_url.</summary>
internal sealed class MmCommandResponse
{
    /// <summary>"ephemeral" (only the person who typed the command sees it) or "in_channel".</summary>
    public string ResponseType { get; set; } = "ephemeral";

    public string Text { get; set; } = "";
}

namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmAction
{
    /// <summary>Letters and digits only (the server uses it in the click's URL).</summary>
    public string Id { get; set; } = "";

    public string Type { get; set; } = "button";

    public string Name { get; set; } = "";

    public string Style { get; set; } = "primary";

    public MmIntegration Integration { get; set; } = new();
}

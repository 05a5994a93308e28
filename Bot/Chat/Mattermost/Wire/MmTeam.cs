namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmTeam
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
}

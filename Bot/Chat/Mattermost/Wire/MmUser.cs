namespace MissionBot.Chat.Mattermost.Wire;

internal sealed class MmUser
{
    public string Id { get; set; } = "";

    public string Username { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string Nickname { get; set; } = "";

    public bool IsBot { get; set; }
}

namespace MissionBot.People;

/// <summary>A member of the network as the bot knows them: created the first time they interact.</summary>
public sealed class Person
{
    /// <summary>Platform user id.</summary>
    public string Id { get; set; } = "";

    public string Username { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastActiveAt { get; set; }
}

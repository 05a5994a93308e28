namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>A room: <see cref="Type"/> is c (public), p (private) or d (direct).</summary>
public sealed class FakeRcRoom(string id, string type, string name)
{
    public string Id { get; } = id;

    public string Type { get; } = type;

    public string Name { get; } = name;

    /// <summary>User ids of the members (those with a subscription).</summary>
    public HashSet<string> Members { get; } = [];
}

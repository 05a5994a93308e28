namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>What the fake keeps about a channel beyond its public record; only touched under the server's lock.</summary>
internal sealed class FakeChannelState(FakeChannel channel, string displayName, string creatorId, long createAt)
{
    public FakeChannel Channel { get; } = channel;

    public string DisplayName { get; } = displayName;

    public string CreatorId { get; } = creatorId;

    public long CreateAt { get; } = createAt;

    public HashSet<string> Members { get; } = [];

    public long LastPostAt { get; set; }

    public long LastRootPostAt { get; set; }

    public long TotalMessageCount { get; set; }
}

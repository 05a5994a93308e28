namespace MissionBot.Tests.Fakes.Mattermost;

// Change notifications for load drivers (bench/MissionBot.LoadDriver): the recorded lists are snapshots that
// are too slow to poll at hundreds of posts per second, so observers hear each change as it happens.
public sealed partial class FakeMattermostServer
{
    /// <summary>Raised after a post is created (by a person or a client), outside the server's lock.</summary>
    public event Action<FakePost, FakeChannel>? PostCreated;

    /// <summary>Raised after a reaction is added, outside the server's lock.</summary>
    public event Action<FakeReaction>? ReactionAdded;
}

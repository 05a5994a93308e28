namespace MissionBot.Tests.Fakes.Mattermost;

// Change notifications for load drivers (bench/MissionBot.LoadDriver): the recorded lists are snapshots that
// are too slow to poll at hundreds of posts per second, so observers hear each change as it happens.
public sealed partial class FakeMattermostServer
{
    /// <summary>Raised after a post is created (by a person or a client), outside the server's lock.</summary>
    public event Action<FakePost, FakeChannel>? PostCreated;

    /// <summary>Raised after a reaction is added, outside the server's lock.</summary>
    public event Action<FakeReaction>? ReactionAdded;

    /// <summary>
    /// Raised when POST /channels/direct has been answered: the caller, the other person, and when the server
    /// started and finished that request (Stopwatch timestamps). A bot's first DM to someone waits on it, and a
    /// load driver takes that wait out of the bot's own share of a reply's latency.
    /// </summary>
    public event Action<FakeUser, FakeUser, long, long>? DirectChannelServed;
}

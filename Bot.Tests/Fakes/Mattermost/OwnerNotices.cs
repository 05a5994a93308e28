namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// The notices a person got by DM, one per paragraph: notices that queued behind one another while the server was
/// slow arrive joined in one post (see <c>OutboxChatClient</c>), so tests count notices, not posts.
/// </summary>
public static class OwnerNotices
{
    public static IReadOnlyList<string> NoticesTo(this FakeMattermostServer server, FakeUser user) =>
        [.. server.DirectPostsTo(user).SelectMany(p => p.Message.Split("\n\n"))];

    /// <summary>How many of <paramref name="notices"/> name <paramref name="user"/> (as "@name ").</summary>
    public static int Naming(this IReadOnlyList<string> notices, FakeUser user) =>
        notices.Count(n => n.Contains($"@{user.Username} ", StringComparison.Ordinal));
}

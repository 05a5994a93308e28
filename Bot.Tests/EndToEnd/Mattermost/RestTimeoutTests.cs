namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>A REST call the server does not answer in time is retried, and Mattermost's pending_post_id keeps it single.</summary>
public sealed class RestTimeoutTests : MattermostEndToEndTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mattermost:RequestTimeoutSeconds"] = "1",
    };

    [Test]
    public async Task PostThatTimesOut_IsRetried_AndTheAnnouncementAppearsOnce()
    {
        Server.DelayNextRequests("POST", "/api/v4/posts", TimeSpan.FromSeconds(3));

        await CommandAsync(Alice, "new Atelier vélo");
        await Server.WaitUntilAsync(() => Bot.Missions.Count == 1 && Bot.Missions[0].AnnouncementPostId.Length > 0, "the mission to be announced");
        await WaitForBotToCatchUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Announcements, Has.Count.EqualTo(1), "the retry found the post the slow first attempt created");
            Assert.That(Server.Requests.Count(r => r is { Method: "POST", Path: "/api/v4/posts" } && r.Status == 201), Is.GreaterThanOrEqualTo(2), "a second attempt was made");
            Assert.That(Bot.Logs.Events.Select(e => e.Text), Has.Some.Contain("post a message got 0").And.Contain("TimedOut"), "the timeout was logged with the purpose of the call");
        });
    }
}

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>How the bot's REST calls survive a busy or failing server: retry what a retry can fix, nothing else.</summary>
public sealed class RestReliabilityTests : MattermostEndToEndTest
{
    private static readonly int[] LimitedThenCreated = [429, 201];
    private static readonly int[] UnavailableTwiceThenCreated = [503, 503, 201];
    private static readonly int[] ForbiddenOnly = [403];
    private static readonly int[] UnavailableUpToTheCap = [503, 503, 503, 503];

    [Test]
    public async Task RateLimitedPost_IsRetriedAfterRetryAfter_AndTheAnnouncementAppearsOnce()
    {
        Server.FailNextRequests("POST", "/api/v4/posts", 429);

        var answer = await CommandAsync(Alice, "new Atelier vélo");

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["text"], Does.Contain("#1"));
            Assert.That(Announcements, Has.Count.EqualTo(1));
            Assert.That(PostCreations(), Is.EqualTo(LimitedThenCreated));
        });
    }

    [Test]
    public async Task UnavailableServer_IsRetried_AndTheAnnouncementAppearsOnce()
    {
        Server.FailNextRequests("POST", "/api/v4/posts", 503, times: 2);

        var answer = await CommandAsync(Alice, "new Atelier vélo");

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["text"], Does.Contain("#1"));
            Assert.That(Announcements, Has.Count.EqualTo(1));
            Assert.That(PostCreations(), Is.EqualTo(UnavailableTwiceThenCreated));
        });
    }

    [Test]
    public async Task RefusedPost_IsNotRetried_AndTheMissionIsNotKept()
    {
        Server.FailNextRequests("POST", "/api/v4/posts", 403);

        var answer = await CommandAsync(Alice, "new Atelier vélo");

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["text"], Is.EqualTo(Bot.Texts.MissionNotPosted()));
            Assert.That(PostCreations(), Is.EqualTo(ForbiddenOnly));
            Assert.That(Bot.Missions, Is.Empty);
        });
    }

    [Test]
    public async Task RefusedPost_IsLoggedOnce_WithWhatTheBotWasTryingToDo()
    {
        Server.FailNextRequests("POST", "/api/v4/posts", 403);

        await CommandAsync(Alice, "new Atelier vélo");

        var refusals = Bot.Logs.Events.Where(e => e.Text.Contains("failed for good", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refusals, Has.Count.EqualTo(1));
            Assert.That(refusals[0].Text, Does.Contain("post a message").And.Contain("403"));
            Assert.That(refusals[0].Level, Is.EqualTo(Serilog.Events.LogEventLevel.Warning));
        });
    }

    [Test]
    public async Task ServerErrorsThatLast_AreRetriedUpToTheCap_ThenTheMissionIsNotKept()
    {
        Server.FailNextRequests("POST", "/api/v4/posts", 503, times: 10);

        var answer = await CommandAsync(Alice, "new Atelier vélo");
        await Server.WaitUntilAsync(() => Bot.Missions.Count == 0 && PostCreations().Length == UnavailableUpToTheCap.Length, "the bot to give up");

        Assert.Multiple(() =>
        {
            Assert.That(PostCreations(), Is.EqualTo(UnavailableUpToTheCap));
            Assert.That(Announcements, Is.Empty);
            Assert.That((string?)answer["text"], Is.EqualTo(Bot.Texts.MissionNotPosted()).Or.EqualTo(Bot.Texts.WorkingOnIt()));
        });
    }

    private int[] PostCreations() =>
        Server.Requests.Where(r => r is { Method: "POST", Path: "/api/v4/posts" }).Select(r => r.Status).ToArray();
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MissionBot.Chat.Mattermost;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Hosting;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// The server's rate limiter is on (token bucket, X-Ratelimit-* headers, 429 "limit exceeded" with Retry-After):
/// the bot spaces its calls, waits out refusals, and every message still arrives, in order per channel.
/// </summary>
public sealed partial class RateLimitTests : MattermostEndToEndTest
{
    private static readonly TimeSpan AllAnswered = TimeSpan.FromSeconds(60);

    [Test]
    public async Task ConcurrentCallsOverTheLimit_Get429_AndEachSucceedsAfterRetryAfter()
    {
        Server.EnableRateLimit(perSecond: 20, burst: 2);
        var options = Options.Create(new MattermostOptions { Url = Server.Url, Token = FakeMattermostServer.BotToken });
        using var rest = new MattermostRestClient(options, TimeProvider.System, NullLogger<MattermostRestClient>.Instance);

        var calls = Enumerable.Range(0, 8).Select(_ => rest.SendAsync<MmUser>(MattermostCall.Get("users/me", "identify the bot account"), CancellationToken.None)).ToList();
        var users = await Task.WhenAll(calls);

        Assert.Multiple(() =>
        {
            Assert.That(users.Select(u => u.Username), Has.All.EqualTo("missionbot"));
            Assert.That(Server.RateLimitedRequests, Is.GreaterThan(0), "the burst went over the limit");
            Assert.That(Server.Requests.Count(r => r is { Path: "/api/v4/users/me", Status: 200 }), Is.EqualTo(8 + 1), "each call succeeded once (plus the bot's own start)");
        });
    }

    [Test]
    public async Task DirectMessagesUnderARateLimit_AreAllAnsweredInOrder_WithoutTrippingTheLimit()
    {
        for (var i = 1; i <= 3; i++)
        {
            await NewMissionAsync(title: $"Mission {i}");
        }
        var questions = Enumerable.Range(0, 9).Select(i => (i % 3) + 1).ToList();
        await Server.UserSendsDirectAsync(Bob, "aide");
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's first answer");
        Server.EnableRateLimit(perSecond: 20, burst: 3);

        foreach (var number in questions)
        {
            await Server.UserSendsDirectAsync(Bob, $"show {number}");
        }

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == questions.Count + 1, "every question answered", AllAnswered);
        var answered = Server.DirectPostsTo(Bob).Skip(1).Select(p => MissionTitle().Match(p.Message).Groups[1].Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(answered, Is.EqualTo(questions.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()), "answers in the order of the questions");
            Assert.That(Server.RateLimitedRequests, Is.Zero, "the bot kept under the advertised limit");
        });
    }

    [Test]
    public async Task BurstOfRepliesMessagesAndCommands_UnderARateLimit_EverythingArrives_InOrderPerChannel()
    {
        var announcement = await NewMissionAsync(title: "Mission 1");
        var volunteers = Enumerable.Range(0, 6).Select(i => Server.AddUser($"v{i}")).ToList();
        Server.EnableRateLimit(perSecond: 25, burst: 4);

        var commands = Enumerable.Range(2, 3).Select(i => Server.SendSlashCommandAsync(Bot.CommandUrl, Carol, $"new Mission {i}")).ToList();
        foreach (var volunteer in volunteers)
        {
            await Server.UserPostsAsync(volunteer, Server.MissionsChannel.Id, "je suis partant", announcement.Id);
            await Server.UserSendsDirectAsync(Bob, "show 1");
        }
        foreach (var response in await Task.WhenAll(commands))
        {
            response.Dispose();
        }

        await Server.WaitUntilAsync(
            () => volunteers.All(v => Server.DirectPostsTo(v).Count == 1) && Server.DirectPostsTo(Bob).Count == volunteers.Count && Server.NoticesTo(Alice).Count == volunteers.Count
                && Announcements.Count == 4,
            "every acknowledgement, answer, owner notice and announcement (a command slowed past its budget posts after answering)", AllAnswered);
        await WaitForBotToCatchUpAsync();
        // Notices that queued behind the rate limit arrive joined, a paragraph each.
        var notices = Server.NoticesTo(Alice);
        var noticed = notices.Select(n => volunteers.FindIndex(v => n.Contains("@" + v.Username + " ", StringComparison.Ordinal))).ToList();
        var counted = notices.Select(n => int.Parse(NoticeCount().Match(n).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        TestContext.Out.WriteLine($"429 answers during the burst: {Server.RateLimitedRequests}");
        Assert.Multiple(() =>
        {
            Assert.That(Announcements, Has.Count.EqualTo(4), "every announcement posted");
            // Different people's replies are handled side by side: the notices come in the order they count.
            Assert.That(noticed, Is.EquivalentTo(Enumerable.Range(0, volunteers.Count)), "one owner notice per volunteer");
            Assert.That(counted, Is.Ordered, "owner notices never count backwards");
            Assert.That(counted[^1], Is.EqualTo(volunteers.Count), "the last notice counts everyone");
            Assert.That(Bot.Candidacies, Has.Count.EqualTo(volunteers.Count));
            Assert.That(Current(announcement).Message, Does.Contain("6"), "the announcement shows 6 candidates");
        });
    }

    /// <summary>"6 candidatures en tout" in an owner notice.</summary>
    [GeneratedRegex(@"(\d+) candidatures? en tout")]
    private static partial Regex NoticeCount();

    /// <summary>The mission title in an answer to "show N": "Mission N".</summary>
    [GeneratedRegex(@"Mission (\d)")]
    private static partial Regex MissionTitle();
}

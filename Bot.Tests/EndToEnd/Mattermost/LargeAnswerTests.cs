using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Chat.Mattermost;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Hosting;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// Answers that grow with the server (every channel the bot is in, the posts missed while away) are read as JSON
/// from the bytes received once they pass <see cref="LargeAnswerReader.LargeAnswerBytes"/>: a catch-up over a
/// large server still sees every channel and every post.
/// </summary>
public sealed class LargeAnswerTests : MattermostEndToEndTest
{
    private static readonly TimeSpan AllHandled = TimeSpan.FromSeconds(60);

    [Test]
    public async Task AListingOverTheLimit_IsReadWhole()
    {
        var added = Enumerable.Range(0, 300).Select(i => Server.AddChannel($"antenne-{i:000}-des-tiers-lieux-du-reseau").Id).ToList();
        var options = Options.Create(new MattermostOptions { Url = Server.Url, Token = FakeMattermostServer.BotToken });
        using var rest = new MattermostRestClient(options, TimeProvider.System, NullLogger<MattermostRestClient>.Instance);

        var channels = await rest.SendAsync<List<MmChannel>>(
            MattermostCall.Get("users/me/channels", "list the bot's channels to catch up") with { LargeAnswer = true }, CancellationToken.None);

        var listingBytes = await AnswerBytesAsync("users/me/channels");
        Assert.Multiple(() =>
        {
            Assert.That(listingBytes, Is.GreaterThan(LargeAnswerReader.LargeAnswerBytes), "the listing is large");
            Assert.That(rest.AnswersReadAsReceived, Is.EqualTo(1), "read as received");
            Assert.That(channels.Select(c => c.Id), Is.SupersetOf(added));
            Assert.That(channels.Where(c => added.Contains(c.Id)).Select(c => c.Type), Has.All.EqualTo("O"));
        });
    }

    [Test]
    public async Task RepliesMissedWhileAway_InAnswersOverTheLimit_AreAllCaughtUp()
    {
        var announcement = await NewMissionAsync();
        var volunteers = Enumerable.Range(0, 200).Select(i => Server.AddUser($"benevole{i:000}")).ToList();
        foreach (var i in Enumerable.Range(0, 150))
        {
            Server.AddChannel($"antenne-{i:000}-des-tiers-lieux-du-reseau");
        }
        var since = Server.Posts.Max(p => p.CreateAt);

        await Server.StartOutageAsync(WebSocketCut.Restart);
        foreach (var volunteer in volunteers)
        {
            await Server.UserPostsAsync(volunteer, Server.MissionsChannel.Id, "Je suis partant !", announcement.Id);
        }
        Server.EndOutage();

        await Server.WaitUntilAsync(() => volunteers.All(v => Server.DirectPostsTo(v).Count == 1), "every volunteer acknowledged", AllHandled);
        var listingBytes = await AnswerBytesAsync("users/me/channels");
        var missedBytes = await AnswerBytesAsync($"channels/{Server.MissionsChannel.Id}/posts?since={since}");
        Assert.Multiple(() =>
        {
            Assert.That(listingBytes, Is.GreaterThan(LargeAnswerReader.LargeAnswerBytes), "the listing is large");
            Assert.That(missedBytes, Is.GreaterThan(LargeAnswerReader.LargeAnswerBytes), "the missed posts are many");
            Assert.That(Bot.Get<MattermostRestClient>().AnswersReadAsReceived, Is.GreaterThanOrEqualTo(2), "the listing and the missed posts read as received");
            Assert.That(Bot.Candidacies.Select(c => c.PersonId), Is.EquivalentTo(volunteers.Select(v => v.Id)));
        });
    }

    /// <summary>The size of the answer the bot gets for this call, asked with its token.</summary>
    private async Task<int> AnswerBytesAsync(string resource)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, MattermostRestClient.ApiBase(Server.Url) + resource);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeMattermostServer.BotToken);
        using var response = await BotUnderTest.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Chat.RocketChat;
using MissionBot.Chat.RocketChat.Wire;
using MissionBot.Hosting;
using MissionBot.Tests.Fakes.RocketChat;

namespace MissionBot.Tests.EndToEnd.RocketChat;

/// <summary>
/// Answers that grow with the server (every room the bot is in, the messages missed in a room) are read as JSON
/// from the bytes received once they pass <see cref="LargeAnswerReader.LargeAnswerBytes"/>: a catch-up over a
/// large server still sees every room and every message.
/// </summary>
public sealed class LargeAnswerTests
{
    private static readonly TimeSpan AllHandled = TimeSpan.FromSeconds(60);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(15) };

    [Test]
    public async Task ASubscriptionsListingOverTheLimit_IsReadWhole()
    {
        await using var server = await FakeRocketChatServer.StartAsync();
        var added = Enumerable.Range(0, 300).Select(i => server.AddRoom($"antenne-{i:000}-des-tiers-lieux-du-reseau", i % 2 == 0 ? "c" : "p").Id).ToList();
        var options = Options.Create(new RocketChatOptions { Url = server.Url, UserId = server.Bot.Id, Token = FakeRocketChatServer.BotToken });
        using var api = new RocketChatApi(options, TimeProvider.System, NullLogger<RocketChatApi>.Instance);

        var subscriptions = await api.GetLargeAsync<RcSubscriptionsResponse>("subscriptions.get", new Dictionary<string, string>(), CancellationToken.None);

        var listingBytes = await AnswerBytesAsync(server, "subscriptions.get");
        Assert.Multiple(() =>
        {
            Assert.That(listingBytes, Is.GreaterThan(LargeAnswerReader.LargeAnswerBytes), "the listing is large");
            Assert.That(api.AnswersReadAsReceived, Is.EqualTo(1), "read as received");
            Assert.That(subscriptions.Update.Select(s => s.RoomId), Is.EquivalentTo(added));
            Assert.That(subscriptions.Update.Select(s => s.Type), Is.EquivalentTo(added.Select((_, i) => i % 2 == 0 ? "c" : "p")));
        });
    }

    [Test]
    public async Task RepliesMissedWhileAway_InAnswersOverTheLimit_AreAllCaughtUp()
    {
        await using var bot = await RocketChatBotHost.StartAsync();
        var server = bot.Server;
        var announcement = await bot.AnnounceMissionAsync();
        var volunteers = Enumerable.Range(0, 250).Select(i => server.AddUser($"benevole{i:000}", $"Bénévole {i:000} de l'antenne des tiers-lieux du réseau")).ToList();
        foreach (var i in Enumerable.Range(0, 200))
        {
            server.AddRoom($"antenne-{i:000}-des-tiers-lieux-du-reseau");
        }

        server.RefuseConnections = true;
        server.DropConnections();
        await server.WaitUntilAsync(() => !server.BotListening, "the bot lost its connection");
        foreach (var volunteer in volunteers)
        {
            server.ReplyInThread(volunteer, announcement, "Je suis partant !");
        }
        server.RefuseConnections = false;

        await server.WaitUntilAsync(() => bot.Database.Candidacies.Count() == volunteers.Count, "every volunteer's candidacy was recorded", AllHandled);
        var listingBytes = await AnswerBytesAsync(server, "subscriptions.get");
        var since = announcement.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var missedBytes = await AnswerBytesAsync(server, $"chat.syncMessages?roomId={bot.Missions.Id}&lastUpdate={since}");
        Assert.Multiple(() =>
        {
            Assert.That(listingBytes, Is.GreaterThan(LargeAnswerReader.LargeAnswerBytes), "the listing is large");
            Assert.That(missedBytes, Is.GreaterThan(LargeAnswerReader.LargeAnswerBytes), "the missed messages are many");
            Assert.That(bot.App.Services.GetRequiredService<RocketChatApi>().AnswersReadAsReceived, Is.GreaterThanOrEqualTo(2),
                "the listing and the missed messages read as received");
            Assert.That(bot.Database.Candidacies.FindAll().Select(c => c.PersonId), Is.EquivalentTo(volunteers.Select(v => v.Id)));
        });
    }

    /// <summary>The size of the answer the bot gets for this call, asked with its credentials.</summary>
    private static async Task<int> AnswerBytesAsync(FakeRocketChatServer server, string resource)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{server.Url}/api/v1/{resource}");
        request.Headers.Add("X-User-Id", server.Bot.Id);
        request.Headers.Add("X-Auth-Token", FakeRocketChatServer.BotToken);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}

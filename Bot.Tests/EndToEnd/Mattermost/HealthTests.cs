using System.Net;
using System.Text.Json.Nodes;

namespace MissionBot.Tests.EndToEnd.Mattermost;

public sealed class HealthTests : MattermostEndToEndTest
{
    [Test]
    public async Task Health_WhenConnected_Is200()
    {
        using var response = await BotUnderTest.Http.GetAsync(Bot.Url + "/health");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((bool?)body["connected"], Is.True);
            Assert.That((string?)body["status"], Is.EqualTo("connected"));
        });
    }

    [Test]
    public async Task WebSocketDropped_TheBotReconnects_AndKeepsHandlingReplies()
    {
        var announcement = await NewMissionAsync();

        await Server.DropWebSocketsAsync();
        await Server.WaitUntilAsync(() => Server.ConnectedWebSockets == 1, "the bot to reconnect");
        await Bot.WaitUntilConnectedAsync();
        await Server.UserPostsAsync(Bob, Server.MissionsChannel.Id, "Je me propose", announcement.Id);

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Count == 1, "bob's acknowledgement after the reconnection");
        Assert.That(Bot.Candidacies, Has.Count.EqualTo(1));
    }
}

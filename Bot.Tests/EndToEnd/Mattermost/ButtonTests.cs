using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MissionBot.Missions;

namespace MissionBot.Tests.EndToEnd.Mattermost;

public sealed class ButtonTests : MattermostEndToEndTest
{
    [Test]
    public async Task JoinButton_RecordsCandidacy_AndAnswersTheClickerPrivately()
    {
        var announcement = await NewMissionAsync();

        using var response = await Server.ClickButtonAsync(Current(announcement), JoinActionId(announcement), Bob);

        var answer = await ReadJsonAsync(response);
        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Alice).Count == 1, "alice to hear about bob");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)answer["ephemeral_text"], Does.Contain("candidature").And.Contain("#1"));
            Assert.That(Bot.Candidacies.Single().PersonId, Is.EqualTo(Bob.Id));
            Assert.That(Bot.Candidacies.Single().Source, Is.EqualTo(CandidacySource.Button));
            Assert.That(Server.DirectPostsTo(Alice).Single().Message, Does.Contain("@bob"));
        });
    }

    [Test]
    public async Task JoinButton_ClickedByTheOwner_IsRefused()
    {
        var announcement = await NewMissionAsync(Alice);

        using var response = await Server.ClickButtonAsync(Current(announcement), JoinActionId(announcement), Alice);

        var answer = await ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["ephemeral_text"], Does.Contain("tu ne peux pas t'y proposer"));
            Assert.That(Bot.Candidacies, Is.Empty);
        });
    }

    [Test]
    public async Task Click_WithForgedSignature_IsRefused_AndStoresNothing()
    {
        await NewMissionAsync();

        var answer = await PostClickAsync(new JsonObject { ["command"] = "join 1", ["signature"] = "Zm9yZ2Vk" });

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["ephemeral_text"], Is.EqualTo(Bot.Texts.ActionNotRecognised()));
            Assert.That(Bot.Candidacies, Is.Empty);
            Assert.That(Server.DirectPostsTo(Alice), Is.Empty);
        });
    }

    [Test]
    public async Task Click_WithTheSignatureOfAnotherCommand_IsRefused()
    {
        var announcement = await NewMissionAsync();
        var genuine = SentContext(announcement);

        var answer = await PostClickAsync(new JsonObject { ["command"] = "leave 1", ["signature"] = (string?)genuine?["signature"] });

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["ephemeral_text"], Is.EqualTo(Bot.Texts.ActionNotRecognised()));
            Assert.That(Bot.Candidacies, Is.Empty);
        });
    }

    [Test]
    public async Task Click_WithoutContext_IsRefused()
    {
        await NewMissionAsync();

        var answer = await PostClickAsync(null);

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["ephemeral_text"], Is.EqualTo(Bot.Texts.ActionNotRecognised()));
            Assert.That(Bot.Candidacies, Is.Empty);
        });
    }

    [Test]
    public async Task JoinButton_PointsAtTheBotsPublicAddress()
    {
        var announcement = await NewMissionAsync();

        var action = Current(announcement).Props["attachments"]?[0]?["actions"]?[0];

        Assert.Multiple(() =>
        {
            Assert.That((string?)action?["integration"]?["url"], Is.EqualTo(Bot.ActionUrl));
            Assert.That((string?)action?["integration"]?["context"]?["command"], Is.EqualTo("join 1"));
        });
    }

    private static string JoinActionId(Fakes.Mattermost.FakePost announcement) =>
        (string?)announcement.Props["attachments"]?[0]?["actions"]?[0]?["id"] ?? "";

    /// <summary>The context the bot wrote on its button (the fake keeps it, as the real server does before stripping it for clients).</summary>
    private JsonNode? SentContext(Fakes.Mattermost.FakePost announcement) =>
        Current(announcement).Props["attachments"]?[0]?["actions"]?[0]?["integration"]?["context"];

    /// <summary>A click request as Mattermost would send it, but written by hand: whoever can reach the bot can try this.</summary>
    private async Task<JsonObject> PostClickAsync(JsonObject? context)
    {
        var click = new JsonObject
        {
            ["user_id"] = Bob.Id,
            ["user_name"] = Bob.Username,
            ["channel_id"] = Server.MissionsChannel.Id,
            ["team_id"] = Server.Team.Id,
            ["post_id"] = Announcements[0].Id,
            ["trigger_id"] = "",
            ["type"] = "",
            ["context"] = context,
        };
        using var response = await BotUnderTest.Http.PostAsJsonAsync(Bot.ActionUrl, click);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await ReadJsonAsync(response);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// The bot's public endpoints accept only what Mattermost itself could send: well-formed fields, and for
/// buttons a signed context with a fresh trigger_id (a replayed click is refused, privately and in the log).
/// </summary>
public sealed class EndpointHardeningTests : MattermostEndToEndTest
{
    [Test]
    public async Task Click_ReplayedWithTheSameTriggerId_IsRefused_AndOnlyTheRealClickCounts()
    {
        var announcement = await NewMissionAsync();
        var click = GenuineClick(announcement, Bob, triggerId: "a4u7f1gxmpbfzq8wd3r9yk2c5e");

        var first = await PostClickAsync(click);
        var replay = await PostClickAsync(click);

        Assert.Multiple(() =>
        {
            Assert.That((string?)first["ephemeral_text"], Is.Not.EqualTo(Bot.Texts.ActionNotRecognised()));
            Assert.That((string?)replay["ephemeral_text"], Is.EqualTo(Bot.Texts.ActionNotRecognised()));
            Assert.That(Bot.Candidacies, Has.Count.EqualTo(1));
            Assert.That(Server.DirectPostsTo(Alice), Has.Count.EqualTo(1), "the owner is told once");
            Assert.That(Bot.Logs.Events.Select(e => e.Text), Has.Some.Contain("trigger_id missing or already used"));
        });
    }

    [Test]
    public async Task Click_WithAGenuineSignatureButNoTriggerId_IsRefused()
    {
        var announcement = await NewMissionAsync();

        var answer = await PostClickAsync(GenuineClick(announcement, Bob, triggerId: ""));

        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["ephemeral_text"], Is.EqualTo(Bot.Texts.ActionNotRecognised()));
            Assert.That(Bot.Candidacies, Is.Empty);
        });
    }

    [Test]
    public async Task RealClicks_EachWithItsOwnTriggerId_AreAllAccepted()
    {
        var announcement = await NewMissionAsync();

        using (var bob = await Server.ClickButtonAsync(announcement, JoinActionId(announcement), Bob))
        using (var carol = await Server.ClickButtonAsync(announcement, JoinActionId(announcement), Carol))
        {
            Assert.That(new[] { bob.StatusCode, carol.StatusCode }, Has.All.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(Bot.Candidacies, Has.Count.EqualTo(2));
    }

    [TestCase("user_id", "")]
    [TestCase("user_id", "alice")]
    [TestCase("user_id", "<script>alert(1)</script>xxxxxx")]
    [TestCase("user_id", "abcdefghijklmnopqrstuvwxyz0")]
    [TestCase("user_name", "@channel")]
    [TestCase("user_name", "alice bob")]
    [TestCase("channel_id", "../../etc/passwd")]
    public async Task Command_WithAMalformedField_IsRefusedWith400_AndNothingIsDone(string field, string value)
    {
        var fields = new Dictionary<string, string>
        {
            ["token"] = FakeMattermostServer.CommandToken,
            ["user_id"] = Alice.Id,
            ["user_name"] = Alice.Username,
            ["channel_id"] = Server.TownSquare.Id,
            ["text"] = "new Atelier vélo",
        };
        fields[field] = value;
        using var form = new FormUrlEncodedContent(fields);

        using var response = await BotUnderTest.Http.PostAsync(Bot.CommandUrl, form);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Bot.Missions, Is.Empty);
            Assert.That(Bot.Logs.Events.Select(e => e.Text), Has.Some.Contain("Slash command refused: malformed"));
        });
    }

    [Test]
    public async Task Click_WithAMalformedUserId_IsRefusedWith400()
    {
        var announcement = await NewMissionAsync();
        var click = GenuineClick(announcement, Bob, triggerId: "b4u7f1gxmpbfzq8wd3r9yk2c5e");
        click["user_id"] = "../bob";

        using var response = await BotUnderTest.Http.PostAsJsonAsync(Bot.ActionUrl, click);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Bot.Candidacies, Is.Empty);
        });
    }

    /// <summary>A click as Mattermost sends it, with the context the bot really put on its button.</summary>
    private JsonObject GenuineClick(FakePost announcement, FakeUser user, string triggerId) => new()
    {
        ["user_id"] = user.Id,
        ["user_name"] = user.Username,
        ["channel_id"] = Server.MissionsChannel.Id,
        ["team_id"] = Server.Team.Id,
        ["post_id"] = announcement.Id,
        ["trigger_id"] = triggerId,
        ["type"] = "button",
        ["context"] = Current(announcement).Props["attachments"]?[0]?["actions"]?[0]?["integration"]?["context"]?.DeepClone(),
    };

    private static string JoinActionId(FakePost announcement) =>
        (string?)announcement.Props["attachments"]?[0]?["actions"]?[0]?["id"] ?? "";

    private async Task<JsonObject> PostClickAsync(JsonObject click)
    {
        using var response = await BotUnderTest.Http.PostAsJsonAsync(Bot.ActionUrl, click);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await ReadJsonAsync(response);
    }
}

using System.Text;
using System.Text.Json;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.Tests.EndToEnd.Mattermost;

/// <summary>
/// Exports reach people as real attachments in their DM: the bot uploads the file to the DM channel
/// (POST /files, multipart) and posts the message with its file id.
/// </summary>
public sealed class FileDeliveryTests : MattermostEndToEndTest
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Missions:Coordinators:0"] = "alice" };

    [Test]
    public async Task MyData_BringsAJsonFileWithTheirDataToThePersonsDm()
    {
        var answer = await CommandAsync(Bob, "mes-donnees");

        await Server.WaitUntilAsync(() => Server.DirectFilesTo(Bob).Count == 1, "bob's export to arrive in his DM");
        var file = Server.DirectFilesTo(Bob).Single();
        using var json = JsonDocument.Parse(file.Content);
        var post = Server.DirectPostsTo(Bob).Single(p => p.FileIds.Count > 0);
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["text"], Does.Contain("fichier"));
            Assert.That(file.Name, Is.EqualTo("missionbot-mes-donnees.json"));
            Assert.That(file.MimeType, Is.EqualTo("application/json"));
            Assert.That(json.RootElement.GetProperty("username").GetString(), Is.EqualTo("bob"));
            Assert.That(post.Message, Does.Contain("oublie-moi"), "the caption goes with the file");
            Assert.That(file.ChannelId, Is.EqualTo(Server.DirectChannelWith(Bob)!.Id));
            Assert.That(Server.Requests, Has.Some.Matches<FakeRequest>(r => r.Method == "POST" && r.Path == "/api/v4/files" && r.Status == 201
                && r.Query == "?channel_id=" + file.ChannelId), "channel_id in the query too, so the server knows it before the file part");
        });
    }

    [Test]
    public async Task Report_ForACoordinator_BringsTheJsonAndCsvExports()
    {
        await NewMissionAsync(title: "Atelier vélo");

        await CommandAsync(Alice, "report");

        await Server.WaitUntilAsync(() => Server.DirectFilesTo(Alice).Count == 2, "the two exports to arrive in alice's DM");
        var files = Server.DirectFilesTo(Alice);
        using var json = JsonDocument.Parse(files[0].Content);
        Assert.Multiple(() =>
        {
            Assert.That(files[0].Name, Does.Match(@"^rapport-\d{4}\.json$"));
            Assert.That(files[1].Name, Does.Match(@"^missions-\d{4}\.csv$"));
            Assert.That(Encoding.UTF8.GetString(files[1].Content), Does.Contain("Atelier vélo"));
            Assert.That(json.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(Server.DirectPostsTo(Alice).Count(p => p.FileIds.Count == 1), Is.EqualTo(2), "one post per file");
        });
    }

    [Test]
    public async Task Report_ForSomeoneWhoIsNotACoordinator_SendsNoFile()
    {
        var answer = await CommandAsync(Bob, "report");

        Assert.That((string?)answer["text"], Does.Contain("coordin"));
        Assert.That(Server.Files, Is.Empty);
    }

    [Test]
    public async Task MyData_WhenTheUploadHitsATransientFault_IsRetriedAndArrivesOnce()
    {
        Server.FailNextRequests("POST", "/api/v4/files", 503);

        await CommandAsync(Bob, "mes-donnees");

        await Server.WaitUntilAsync(() => Server.DirectFilesTo(Bob).Count == 1, "bob's export to arrive after a retry");
        await WaitForBotToCatchUpAsync();
        Assert.That(Server.Requests.Count(r => r.Path == "/api/v4/files"), Is.EqualTo(2));
        Assert.That(Server.DirectPostsTo(Bob).Count(p => p.FileIds.Count > 0), Is.EqualTo(1));
    }

    [Test]
    public async Task MyData_WhenTheFileIsTooBigForTheServer_ArrivesInTheMessageItself()
    {
        Server.MaxFileSize = 10;

        await CommandAsync(Bob, "mes-donnees");

        await Server.WaitUntilAsync(() => Server.DirectPostsTo(Bob).Any(p => p.Message.Contains("\"username\": \"bob\"", StringComparison.Ordinal)),
            "bob's data to arrive inline in his DM");
        Assert.That(Server.Files, Is.Empty);
        Assert.That(Server.Requests, Has.Some.Matches<FakeRequest>(r => r.Path == "/api/v4/files" && r.Status == 413));
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>
/// The fake's uploads as rooms.yaml describes them, checked with plain HTTP: rooms.media keeps the file aside,
/// rooms.mediaConfirm shows it in the room.
/// </summary>
public sealed class FakeRocketChatServerFilesTests
{
    private static readonly byte[] Export = Encoding.UTF8.GetBytes("{\"username\":\"alice\"}");

    private FakeRocketChatServer _server = null!;
    private HttpClient _http = null!;
    private FakeRcUser _alice = null!;

    [SetUp]
    public async Task SetUp()
    {
        _server = await FakeRocketChatServer.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_server.Url + "/api/v1/") };
        _alice = _server.AddUser("alice");
    }

    [TearDown]
    public async Task TearDown()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Media_ThenConfirm_ShowsTheFileInTheRoomAsAMessageOfTheUploader()
    {
        var dm = await DirectRoomWithAliceAsync();

        var (uploadStatus, upload) = await UploadAsync(dm, "file", "mes-donnees.json");
        var fileId = (string)upload["file"]!["_id"]!;
        var shownBeforeConfirm = _server.DirectMessagesTo(_alice).Count;
        var (confirmStatus, confirmed) = await SendAsync($"rooms.mediaConfirm/{dm}/{fileId}", """{"msg":"Tes données"}""");

        var message = confirmed["message"]!;
        Assert.Multiple(() =>
        {
            Assert.That(uploadStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((bool?)upload["success"], Is.True);
            Assert.That((string?)upload["file"]!["url"], Is.EqualTo($"/file-upload/{fileId}/mes-donnees.json"));
            Assert.That(shownBeforeConfirm, Is.Zero, "an upload shows nothing until it is confirmed");
            Assert.That(confirmStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)message["msg"], Is.EqualTo("Tes données"));
            Assert.That((string?)message["rid"], Is.EqualTo(dm));
            Assert.That((string?)message["u"]!["_id"], Is.EqualTo(_server.Bot.Id));
            Assert.That((string?)message["file"]!["name"], Is.EqualTo("mes-donnees.json"));
            Assert.That((string?)message["attachments"]![0]!["title_link"], Is.EqualTo($"/file-upload/{fileId}/mes-donnees.json"));
            Assert.That(_server.DirectFilesTo(_alice).Single().Content, Is.EqualTo(Export));
        });
    }

    [Test]
    public async Task Media_WithoutCredentials_Answers401()
    {
        var dm = await DirectRoomWithAliceAsync();

        var (status, _) = await UploadAsync(dm, "file", "a.json", asBot: false);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_server.Files, Is.Empty);
    }

    [Test]
    public async Task Media_ToAPrivateRoomTheCallerIsNotIn_Answers403()
    {
        var room = _server.AddRoom("bureau", type: "p", botIsMember: false);

        var (status, body) = await UploadAsync(room.Id, "file", "a.json");

        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((bool?)body["success"], Is.False);
        Assert.That(_server.Files, Is.Empty);
    }

    [Test]
    public async Task Media_BiggerThanTheLimit_IsRefusedWithErrorFileTooLarge()
    {
        var dm = await DirectRoomWithAliceAsync();
        _server.MaxFileSize = 10;

        var (status, body) = await UploadAsync(dm, "file", "a.json");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["errorType"], Is.EqualTo("error-file-too-large"));
        Assert.That(_server.Files, Is.Empty);
    }

    [Test]
    public async Task Media_InADirectRoom_WhenDirectUploadsAreOff_IsRefused()
    {
        var dm = await DirectRoomWithAliceAsync();
        _server.DirectFileUploadEnabled = false;

        var (status, body) = await UploadAsync(dm, "file", "a.json");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["errorType"], Is.EqualTo("error-direct-message-file-upload-not-allowed"));
    }

    [Test]
    public async Task Media_WithoutAPartNamedFile_Answers400InvalidField()
    {
        var dm = await DirectRoomWithAliceAsync();

        var (status, body) = await UploadAsync(dm, "files", "a.json");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body["errorType"], Is.EqualTo("invalid-field"));
    }

    [Test]
    public async Task Confirm_TwiceOrByAnotherRoom_IsInvalidFile()
    {
        var dm = await DirectRoomWithAliceAsync();
        var general = _server.AddRoom("general");
        var (_, upload) = await UploadAsync(dm, "file", "a.json");
        var fileId = (string)upload["file"]!["_id"]!;

        var (elsewhere, elsewhereBody) = await SendAsync($"rooms.mediaConfirm/{general.Id}/{fileId}", "{}");
        await SendAsync($"rooms.mediaConfirm/{dm}/{fileId}", "{}");
        var (twice, twiceBody) = await SendAsync($"rooms.mediaConfirm/{dm}/{fileId}", "{}");

        Assert.Multiple(() =>
        {
            Assert.That(elsewhere, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)elsewhereBody["errorType"], Is.EqualTo("invalid-file"));
            Assert.That(twice, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)twiceBody["error"], Is.EqualTo("[invalid-file]"));
            Assert.That(_server.DirectFilesTo(_alice), Has.Count.EqualTo(1));
        });
    }

    private async Task<string> DirectRoomWithAliceAsync()
    {
        var (_, body) = await SendAsync("dm.create", """{"username":"alice"}""");
        return (string)body["room"]!["rid"]!;
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> UploadAsync(string roomId, string field, string fileName, bool asBot = true)
    {
        var part = new ByteArrayContent(Export);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var form = new MultipartFormDataContent { { part, field, fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"rooms.media/{roomId}") { Content = form };
        if (asBot)
        {
            AddBotCredentials(request);
        }
        return await ReadAsync(request);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(string endpoint, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        AddBotCredentials(request);
        return await ReadAsync(request);
    }

    private void AddBotCredentials(HttpRequestMessage request)
    {
        request.Headers.Add("X-User-Id", _server.Bot.Id);
        request.Headers.Add("X-Auth-Token", FakeRocketChatServer.BotToken);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> ReadAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}

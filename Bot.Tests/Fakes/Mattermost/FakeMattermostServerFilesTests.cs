using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// The fake's file upload (POST /api/v4/files) and file_ids on posts, driven with plain HttpClient: the
/// adapter's file tests mean something only if these answer as Mattermost does.
/// </summary>
public sealed class FakeMattermostServerFilesTests
{
    private static readonly byte[] Export = Encoding.UTF8.GetBytes("{\"username\":\"alice\"}");

    private FakeMattermostServer _server = null!;
    private HttpClient _http = null!;
    private FakeUser _alice = null!;

    [SetUp]
    public async Task SetUp()
    {
        _server = await FakeMattermostServer.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_server.Url) };
        _alice = _server.AddUser("alice");
    }

    [TearDown]
    public async Task TearDown()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Upload_Multipart_Answers201WithTheFileInfo_AndKeepsTheBytes()
    {
        var dm = await DirectChannelWithAliceAsync();

        var (status, body) = await UploadAsync(Form(dm, ("files", "mes-donnees.json", Export)), clientIds: ["c1"]);

        var info = body["file_infos"]![0]!;
        var stored = _server.Files.Single();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(info["id"]!.GetValue<string>(), Is.EqualTo(stored.Id).And.Match("^[a-z0-9]{26}$"));
            Assert.That(info["name"]!.GetValue<string>(), Is.EqualTo("mes-donnees.json"));
            Assert.That(info["extension"]!.GetValue<string>(), Is.EqualTo("json"));
            Assert.That(info["size"]!.GetValue<long>(), Is.EqualTo(Export.Length));
            Assert.That(info["mime_type"]!.GetValue<string>(), Is.EqualTo("application/json"));
            Assert.That(info["channel_id"]!.GetValue<string>(), Is.EqualTo(dm));
            Assert.That(info["user_id"]!.GetValue<string>(), Is.EqualTo(_server.Bot.Id));
            Assert.That(info["post_id"]!.GetValue<string>(), Is.Empty);
            Assert.That(body["client_ids"]!.AsArray().Single()!.GetValue<string>(), Is.EqualTo("c1"));
            Assert.That(stored.Content, Is.EqualTo(Export));
            Assert.That(stored.ChannelId, Is.EqualTo(dm));
        });
    }

    [Test]
    public async Task Upload_WithTheFileAsTheBody_AndItsNameInTheQuery_IsAccepted()
    {
        var dm = await DirectChannelWithAliceAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v4/files?channel_id={dm}&filename=export.csv")
        {
            Content = new ByteArrayContent(Export),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeMattermostServer.BotToken);

        using var response = await _http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(_server.Files.Single().Name, Is.EqualTo("export.csv"));
    }

    [Test]
    public async Task Upload_WithoutToken_Answers401_AndStoresNothing()
    {
        var dm = await DirectChannelWithAliceAsync();

        var (status, body) = await UploadAsync(Form(dm, ("files", "a.json", Export)), token: null);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.context.session_expired.app_error"));
            Assert.That(_server.Files, Is.Empty);
        });
    }

    [Test]
    public async Task Upload_ToAChannelTheCallerIsNotIn_Answers403()
    {
        var closed = _server.AddChannel("bureau", botIsMember: false);

        var (status, body) = await UploadAsync(Form(closed.Id, ("files", "a.json", Export)));

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.context.permissions.app_error"));
            Assert.That(_server.Files, Is.Empty);
        });
    }

    [Test]
    public async Task Upload_BiggerThanMaxFileSize_Answers413WithMattermostErrorJson()
    {
        var dm = await DirectChannelWithAliceAsync();
        _server.MaxFileSize = 10;

        var (status, body) = await UploadAsync(Form(dm, ("files", "a.json", Export)));

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.file.upload_file.too_large_detailed.app_error"));
            Assert.That(body["status_code"]!.GetValue<int>(), Is.EqualTo(413));
            Assert.That(body["message"]!.GetValue<string>(), Does.Contain("a.json"));
            Assert.That(_server.Files, Is.Empty);
        });
    }

    [Test]
    public async Task Upload_WhenAttachmentsAreDisabled_Answers501()
    {
        var dm = await DirectChannelWithAliceAsync();
        _server.FileAttachmentsEnabled = false;

        var (status, body) = await UploadAsync(Form(dm, ("files", "a.json", Export)));

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotImplemented));
        Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.file.attachments.disabled.app_error"));
        Assert.That(_server.Files, Is.Empty);
    }

    [Test]
    public async Task Upload_WithoutChannelId_Answers400()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Export), "files", "a.json" } };

        var (status, body) = await UploadAsync(form);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.context.invalid_body_param.app_error"));
    }

    [Test]
    public async Task Upload_WithDifferentChannelIdsInQueryAndForm_Answers400()
    {
        var dm = await DirectChannelWithAliceAsync();

        var (status, body) = await UploadAsync(Form(dm, ("files", "a.json", Export)), query: $"?channel_id={_server.TownSquare.Id}");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.file.upload_file.multiple_channel_ids.app_error"));
    }

    [Test]
    public async Task Upload_WhoseFileIsNotInAFilesPart_Answers400()
    {
        var dm = await DirectChannelWithAliceAsync();

        var (status, body) = await UploadAsync(Form(dm, ("file", "a.json", Export)));

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("api.file.upload_file.incorrect_number_of_files.app_error"));
        Assert.That(_server.Files, Is.Empty);
    }

    [Test]
    public async Task Post_WithAnUploadedFileId_AttachesIt_AndShowsItInFileIdsAndMetadata()
    {
        var dm = await DirectChannelWithAliceAsync();
        var (_, upload) = await UploadAsync(Form(dm, ("files", "mes-donnees.json", Export)));
        var fileId = upload["file_infos"]![0]!["id"]!.GetValue<string>();

        var (status, post) = await CallAsync(HttpMethod.Post, "/api/v4/posts",
            new JsonObject { ["channel_id"] = dm, ["message"] = "Tes données", ["file_ids"] = new JsonArray(fileId) });

        var stored = _server.DirectPostsTo(_alice).Single();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(post["file_ids"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { fileId }));
            Assert.That(post["metadata"]!["files"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("mes-donnees.json"));
            Assert.That(post["metadata"]!["files"]![0]!["post_id"]!.GetValue<string>(), Is.EqualTo(stored.Id));
            Assert.That(_server.DirectFilesTo(_alice).Single().Content, Is.EqualTo(Export));
        });
    }

    [Test]
    public async Task Post_WithFilesOfSomeoneElse_OfAnotherChannel_OrAlreadyAttached_AttachesNone()
    {
        var dm = await DirectChannelWithAliceAsync();
        var (_, aliceUpload) = await UploadAsync(Form(dm, ("files", "alice.json", Export)), token: _alice.Token);
        var (_, elsewhere) = await UploadAsync(Form(_server.TownSquare.Id, ("files", "ailleurs.json", Export)));
        var (_, used) = await UploadAsync(Form(dm, ("files", "deja.json", Export)));
        var usedId = used["file_infos"]![0]!["id"]!.GetValue<string>();
        await CallAsync(HttpMethod.Post, "/api/v4/posts", new JsonObject { ["channel_id"] = dm, ["message"] = "1", ["file_ids"] = new JsonArray(usedId) });
        var ids = new JsonArray(
            aliceUpload["file_infos"]![0]!["id"]!.GetValue<string>(),
            elsewhere["file_infos"]![0]!["id"]!.GetValue<string>(),
            usedId,
            "unknownfileid0000000000000");

        var (status, post) = await CallAsync(HttpMethod.Post, "/api/v4/posts", new JsonObject { ["channel_id"] = dm, ["message"] = "2", ["file_ids"] = ids });

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created), "Mattermost drops what it cannot attach and still posts");
            Assert.That(post.AsObject().ContainsKey("file_ids"), Is.False);
            Assert.That(_server.FilesOf(_server.DirectPostsTo(_alice)[^1]), Is.Empty);
        });
    }

    [Test]
    public async Task Post_WithMoreThanFiveFileIds_Answers400()
    {
        var dm = await DirectChannelWithAliceAsync();
        var ids = new JsonArray([.. Enumerable.Range(0, 6).Select(i => (JsonNode?)$"file{i}")]);

        var (status, body) = await CallAsync(HttpMethod.Post, "/api/v4/posts", new JsonObject { ["channel_id"] = dm, ["message"] = "x", ["file_ids"] = ids });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("model.post.is_valid.file_ids.app_error"));
    }

    private async Task<string> DirectChannelWithAliceAsync()
    {
        var (_, dm) = await CallAsync(HttpMethod.Post, "/api/v4/channels/direct", new JsonArray(_server.Bot.Id, _alice.Id));
        return dm["id"]!.GetValue<string>();
    }

    private static MultipartFormDataContent Form(string channelId, params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(channelId), "channel_id" } };
        foreach (var (field, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(part, field, fileName);
        }
        return form;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> UploadAsync(
        MultipartFormDataContent form, string[]? clientIds = null, string? token = FakeMattermostServer.BotToken, string query = "")
    {
        using (form)
        {
            foreach (var id in clientIds ?? [])
            {
                form.Add(new StringContent(id), "client_ids");
            }
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v4/files" + query) { Content = form };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            using var response = await _http.SendAsync(request);
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> CallAsync(HttpMethod method, string path, JsonNode body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeMattermostServer.BotToken);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}

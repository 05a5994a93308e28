using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.RocketChat;

// Files: rooms.media/{rid} (multipart, field "file") keeps an upload aside; rooms.mediaConfirm/{rid}/{fileId}
// shows it in the room as a message by the uploader (rooms.yaml). Refusals are Rocket.Chat's FileUpload checks.
public sealed partial class FakeRocketChatServer
{
    /// <summary>FileUpload_MaxFileSize's default (100 MiB).</summary>
    public const long DefaultMaxFileSize = 104_857_600;

    private readonly List<FakeRcFile> _files = [];

    /// <summary>FileUpload_MaxFileSize in bytes: a bigger file is refused with error-file-too-large.</summary>
    public long MaxFileSize { get; set; } = DefaultMaxFileSize;

    /// <summary>FileUpload_Enabled.</summary>
    public bool FileUploadEnabled { get; set; } = true;

    /// <summary>FileUpload_Enabled_Direct: files in direct rooms.</summary>
    public bool DirectFileUploadEnabled { get; set; } = true;

    /// <summary>Every upload, confirmed or not, in order.</summary>
    public IReadOnlyList<FakeRcFile> Files
    {
        get
        {
            lock (_gate)
            {
                return _files.ToList();
            }
        }
    }

    /// <summary>The files the bot showed in its direct room with <paramref name="user"/>, in order.</summary>
    public IReadOnlyList<FakeRcFile> DirectFilesTo(FakeRcUser user) =>
        DirectMessagesTo(user).Where(m => m.File is not null).Select(m => m.File!).ToList();

    private void MapFileRoutes(WebApplication app)
    {
        app.MapPost("/api/v1/rooms.media/{rid}", async (HttpContext context, string rid) =>
        {
            var upload = await ReadUploadAsync(context.Request);
            var recorded = upload is null ? "(not multipart)" : $"file={upload.Value.Name} ({upload.Value.Content.Length} bytes, {upload.Value.Type})";
            await AnswerAsync(context, "rooms.media", recorded, caller => StoreUpload(rid, upload, caller));
        });
        app.MapPost("/api/v1/rooms.mediaConfirm/{rid}/{fileId}", async (HttpContext context, string rid, string fileId) =>
        {
            string body;
            using (var reader = new StreamReader(context.Request.Body))
            {
                body = await reader.ReadToEndAsync();
            }
            await AnswerAsync(context, "rooms.mediaConfirm", body, caller => ConfirmUpload(rid, fileId, body, caller));
        });
    }

    /// <summary>The part named "file" (the only one rooms.media reads); null when there is none or no form at all.</summary>
    private static async Task<(string Name, string Type, byte[] Content)?> ReadUploadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType || !(request.ContentType ?? "").StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var form = await request.ReadFormAsync();
        var part = form.Files.GetFile("file");
        if (part is null)
        {
            return null;
        }
        using var content = new MemoryStream();
        await part.CopyToAsync(content);
        return (part.FileName, part.ContentType ?? "application/octet-stream", content.ToArray());
    }

    /// <summary>Checks as Rocket.Chat does: room access (403), a file part, then FileUpload's settings. Under the lock.</summary>
    private FakeRcResponse StoreUpload(string roomId, (string Name, string Type, byte[] Content)? upload, FakeRcUser caller)
    {
        if (!_rooms.TryGetValue(roomId, out var room) || !CanAccess(room, caller))
        {
            return FakeRcResponse.Fail(403, "unauthorized");
        }
        if (upload is not { } file)
        {
            return FakeRcResponse.Fail(400, "[invalid-field]", "invalid-field");
        }
        if (!FileUploadEnabled)
        {
            return FakeRcResponse.Fail(400, "File upload is disabled [error-file-upload-disabled]", "error-file-upload-disabled");
        }
        if (room.Type == "d" && !DirectFileUploadEnabled)
        {
            return FakeRcResponse.Fail(400, "File upload not allowed in direct messages [error-direct-message-file-upload-not-allowed]",
                "error-direct-message-file-upload-not-allowed");
        }
        if (file.Content.LongLength > MaxFileSize)
        {
            return FakeRcResponse.Fail(400,
                string.Create(CultureInfo.InvariantCulture, $"File exceeds allowed size of {MaxFileSize} bytes [error-file-too-large]"), "error-file-too-large");
        }
        var stored = new FakeRcFile
        {
            Id = $"file{++_nextId:D4}",
            Name = Path.GetFileName(file.Name),
            Type = file.Type,
            Content = file.Content,
            RoomId = roomId,
            UserId = caller.Id,
        };
        _files.Add(stored);
        return FakeRcResponse.Ok(new JsonObject { ["file"] = new JsonObject { ["_id"] = stored.Id, ["url"] = stored.Url } });
    }

    /// <summary>The uploader, in the room of the upload, once: anything else is invalid-file (rooms.yaml). Under the lock.</summary>
    private FakeRcResponse ConfirmUpload(string roomId, string fileId, string body, FakeRcUser caller)
    {
        if (!_rooms.TryGetValue(roomId, out var room) || !CanAccess(room, caller))
        {
            return FakeRcResponse.Fail(403, "unauthorized");
        }
        JsonObject fields;
        try
        {
            fields = ParseBody(body);
        }
        catch (JsonException)
        {
            return FakeRcResponse.Fail(400, "The request body is not valid JSON [error-invalid-params]", "error-invalid-params");
        }
        var file = _files.FirstOrDefault(f => f.Id == fileId);
        if (file is null || file.UserId != caller.Id || file.RoomId != roomId || file.MessageId is not null)
        {
            return FakeRcResponse.Fail(400, "[invalid-file]", "invalid-file");
        }
        var text = fields["msg"]?.GetValueKind() == JsonValueKind.String ? fields["msg"]!.GetValue<string>() : "";
        if (text.Length > MaxMessageSize)
        {
            return FakeRcResponse.Fail(400, "error-message-size-exceeded");
        }
        var attachment = new JsonObject
        {
            ["title"] = file.Name,
            ["title_link"] = file.Url,
            ["title_link_download"] = true,
            ["type"] = "file",
        };
        if (fields["description"]?.GetValueKind() == JsonValueKind.String)
        {
            attachment["description"] = fields["description"]!.GetValue<string>();
        }
        var message = InsertLocked(caller, room, text, null, null, new JsonArray(attachment), null, file);
        file.MessageId = message.Id;
        return FakeRcResponse.Ok(new JsonObject { ["message"] = MessageJson(message, ejson: false) });
    }

    private static JsonObject FileJson(FakeRcFile file) => new()
    {
        ["_id"] = file.Id,
        ["name"] = file.Name,
        ["type"] = file.Type,
        ["size"] = file.Content.LongLength,
        ["format"] = Path.GetExtension(file.Name).TrimStart('.'),
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// Files: POST /files (multipart with channel_id and "files" parts, or the raw body with ?channel_id=&filename=),
// and attaching uploaded files to a post through its file_ids.
public sealed partial class FakeMattermostServer
{
    /// <summary>FileSettings.MaxFileSize's default (100 MiB).</summary>
    public const long DefaultMaxFileSize = 104_857_600;

    /// <summary>The spec limits a post to 5 files.</summary>
    public const int MaxFilesPerPost = 5;

    private readonly List<FakeFile> _files = [];
    private long _maxFileSize = DefaultMaxFileSize;
    private bool _fileAttachmentsEnabled = true;

    /// <summary>FileSettings.MaxFileSize in bytes: a bigger file is refused with 413.</summary>
    public long MaxFileSize
    {
        get
        {
            lock (_gate)
            {
                return _maxFileSize;
            }
        }
        set
        {
            lock (_gate)
            {
                _maxFileSize = value;
            }
        }
    }

    /// <summary>FileSettings.EnableFileAttachments: when false every upload gets the spec's 501.</summary>
    public bool FileAttachmentsEnabled
    {
        get
        {
            lock (_gate)
            {
                return _fileAttachmentsEnabled;
            }
        }
        set
        {
            lock (_gate)
            {
                _fileAttachmentsEnabled = value;
            }
        }
    }

    /// <summary>Every file uploaded, attached or not, in upload order.</summary>
    public IReadOnlyList<FakeFile> Files
    {
        get
        {
            lock (_gate)
            {
                return [.. _files];
            }
        }
    }

    /// <summary>The files attached to a post, in the order of its file_ids.</summary>
    public IReadOnlyList<FakeFile> FilesOf(FakePost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        lock (_gate)
        {
            return [.. post.FileIds.Select(id => _files.First(f => f.Id == id))];
        }
    }

    /// <summary>The files the bot attached to its posts in its DM with this person.</summary>
    public IReadOnlyList<FakeFile> DirectFilesTo(FakeUser user) => [.. DirectPostsTo(user).SelectMany(FilesOf)];

    private void MapFileRoutes(WebApplication app) =>
        app.MapPost("/api/v4/files", Handler(UploadFilesAsync));

    private async Task<IResult> UploadFilesAsync(HttpContext context)
    {
        var request = context.Request;
        if (!FileAttachmentsEnabled)
        {
            return Error(StatusCodes.Status501NotImplemented, "api.file.attachments.disabled.app_error",
                "File attachments have been disabled on this server.");
        }
        if (request.ContentLength == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "api.file.upload_file.read_request.app_error",
                "Unable to upload file(s). Error reading or parsing request data.", "Content-Length should not be 0");
        }
        var queryChannelId = request.Query["channel_id"].ToString();
        List<(string Name, string MimeType, byte[] Content)> uploads;
        string channelId;
        string[] clientIds;
        if (request.HasFormContentType && request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            var formChannelId = form["channel_id"].ToString();
            if (queryChannelId.Length > 0 && formChannelId.Length > 0 && queryChannelId != formChannelId)
            {
                return Error(StatusCodes.Status400BadRequest, "api.file.upload_file.multiple_channel_ids.app_error",
                    "Unable to upload the file(s). Conflicting channel_ids.");
            }
            channelId = formChannelId.Length > 0 ? formChannelId : queryChannelId;
            // Only the parts named "files" are files to Mattermost; others are ignored.
            uploads = [];
            foreach (var part in form.Files.Where(f => f.Name == "files"))
            {
                using var content = new MemoryStream();
                await part.CopyToAsync(content, context.RequestAborted);
                uploads.Add((part.FileName, part.ContentType ?? "", content.ToArray()));
            }
            clientIds = [.. form["client_ids"].Where(id => !string.IsNullOrEmpty(id)).Select(id => id!)];
        }
        else
        {
            // The simple form: the body is the file, named by ?filename=.
            channelId = queryChannelId;
            var fileName = request.Query["filename"].ToString();
            if (channelId.Length > 0 && fileName.Length == 0)
            {
                return InvalidUrlParameter("filename");
            }
            using var content = new MemoryStream();
            await request.Body.CopyToAsync(content, context.RequestAborted);
            uploads = [(fileName, request.ContentType ?? "", content.ToArray())];
            clientIds = [];
        }
        if (channelId.Length == 0)
        {
            return InvalidBody("channel_id");
        }
        return StoreUploads(Caller(context), channelId, uploads, clientIds);
    }

    /// <summary>Checks as Mattermost does, in its order: the channel (upload_file permission), then the count of
    /// files and client_ids, then each file's size.</summary>
    private IResult StoreUploads(FakeUser caller, string channelId, List<(string Name, string MimeType, byte[] Content)> uploads, string[] clientIds)
    {
        var infos = new JsonArray();
        lock (_gate)
        {
            if (!_channels.TryGetValue(channelId, out var channel) || !channel.Members.Contains(caller.Id))
            {
                return Forbidden();
            }
            if (uploads.Count == 0)
            {
                return Error(StatusCodes.Status400BadRequest, "api.file.upload_file.incorrect_number_of_files.app_error",
                    "Unable to upload files. Incorrect number of files specified.");
            }
            if (clientIds.Length > 0 && clientIds.Length != uploads.Count)
            {
                return Error(StatusCodes.Status400BadRequest, "api.file.upload_file.incorrect_number_of_client_ids.app_error",
                    $"Unable to upload file(s). Have {clientIds.Length} client_ids for {uploads.Count} files.");
            }
            var tooBig = uploads.FirstOrDefault(u => u.Content.LongLength > _maxFileSize);
            if (tooBig.Content is not null)
            {
                return Error(StatusCodes.Status413RequestEntityTooLarge, "api.file.upload_file.too_large_detailed.app_error",
                    $"Unable to upload file {tooBig.Name}. {tooBig.Content.LongLength} bytes exceeds the maximum allowed {_maxFileSize} bytes.");
            }
            foreach (var (name, mimeType, content) in uploads)
            {
                var file = new FakeFile(MattermostIds.NewId(), Path.GetFileName(name), mimeType, content, channelId, caller.Id, NextTimestamp());
                _files.Add(file);
                infos.Add(MattermostJson.FileInfo(file));
            }
        }
        NotifyChanged();
        var answer = new JsonObject
        {
            ["file_infos"] = infos,
            ["client_ids"] = new JsonArray([.. clientIds.Select(id => (JsonNode?)id)]),
        };
        return Json(answer, StatusCodes.Status201Created);
    }

    /// <summary>file_ids of a new post: an array of strings, at most <see cref="MaxFilesPerPost"/>.</summary>
    private static bool TryReadFileIds(JsonNode? node, out List<string> fileIds, out IResult? refusal)
    {
        fileIds = [];
        refusal = null;
        if (node is null || node.GetValueKind() == JsonValueKind.Null)
        {
            return true;
        }
        if (node is not JsonArray array || array.Any(n => n?.GetValueKind() != JsonValueKind.String))
        {
            refusal = InvalidBody("file_ids");
            return false;
        }
        fileIds = [.. array.Select(n => n!.GetValue<string>()).Distinct()];
        if (fileIds.Count > MaxFilesPerPost)
        {
            refusal = Error(StatusCodes.Status400BadRequest, "model.post.is_valid.file_ids.app_error", "Invalid file ids.",
                $"{fileIds.Count} files, at most {MaxFilesPerPost} per post");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Attaches what Mattermost would: files the author uploaded to this channel and not attached yet. Others
    /// are dropped silently and the post lists only the attached ones, as the real server does. Under the lock.
    /// </summary>
    private List<string> AttachFilesLocked(IReadOnlyList<string> fileIds, string authorId, string channelId, string postId)
    {
        var attached = new List<string>();
        foreach (var id in fileIds)
        {
            var file = _files.FirstOrDefault(f => f.Id == id);
            if (file is not null && file.UserId == authorId && file.ChannelId == channelId && file.PostId.Length == 0)
            {
                file.PostId = postId;
                attached.Add(id);
            }
        }
        return attached;
    }
}

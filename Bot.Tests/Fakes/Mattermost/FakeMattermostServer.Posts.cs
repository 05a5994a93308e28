using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// Posts: creating (REST and people acting through the test), threads, patching, deleting and listing.
public sealed partial class FakeMattermostServer
{
    private const int MaxPropsRunes = 800_000;
    private const int MaxPerPage = 200;
    private const int MaxSince = 1000;

    private readonly List<FakePost> _posts = [];
    private readonly Dictionary<string, FakePost> _postsById = [];

    // Live (not deleted) replies per thread: every post's JSON carries reply_count, and counting over all posts
    // each time made the fake itself the bottleneck of long load runs (a hundred thousand posts).
    private readonly Dictionary<string, int> _liveRepliesByThread = [];
    private readonly Dictionary<(string UserId, string PendingPostId), FakePost> _postsByPendingId = [];

    /// <summary>Someone posts (a thread reply when rootId is given); the bot hears it over its websocket.
    /// Throws InvalidOperationException when Mattermost would refuse the post.</summary>
    public Task<FakePost> UserPostsAsync(FakeUser user, string channelId, string message, string? rootId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            return Task.FromResult(CreatePost(user, channelId, message, rootId ?? "", [], "", ""));
        }
        catch (FakeApiException e)
        {
            throw new InvalidOperationException($"Mattermost would refuse this post: {e.Status} {e.ErrorId} {e.DetailedError}", e);
        }
    }

    /// <summary>Someone writes to the bot in their DM channel (created on first use, type "D").</summary>
    public Task<FakePost> UserSendsDirectAsync(FakeUser user, string message)
    {
        ArgumentNullException.ThrowIfNull(user);
        var channel = GetOrCreateDirectChannel(user, Bot);
        return UserPostsAsync(user, channel.Channel.Id, message);
    }

    private FakePost CreatePost(FakeUser author, string channelId, string message, string rootId, JsonObject props, string pendingPostId, string type,
        IReadOnlyList<string>? fileIds = null)
    {
        FakePost post;
        FakeChannel postedIn;
        lock (_gate)
        {
            if (!_channels.TryGetValue(channelId, out var channel))
            {
                // Mattermost checks permissions first, so an unknown channel is a 403 like any other.
                throw PermissionDenied($"channel {channelId} does not exist");
            }
            if (!channel.Members.Contains(author.Id))
            {
                throw PermissionDenied($"{author.Username} is not a member of {channel.Channel.Name}");
            }
            ValidateContent(message, props);
            if (pendingPostId.Length > 0 && _postsByPendingId.TryGetValue((author.Id, pendingPostId), out var earlier))
            {
                // A retry carrying the same pending_post_id gets the post it already created.
                return earlier;
            }
            var root = ValidateRootLocked(channelId, rootId);
            if (IsBot(author.Id))
            {
                props["from_bot"] = "true";
            }
            var createAt = NextTimestamp();
            var postId = MattermostIds.NewId();
            post = new FakePost(postId, channelId, author.Id, rootId, message, props, createAt)
            {
                Type = type,
                PendingPostId = pendingPostId,
                FileIds = fileIds is { Count: > 0 } ? AttachFilesLocked(fileIds, author.Id, channelId, postId) : [],
            };
            _posts.Add(post);
            _postsById[post.Id] = post;
            if (post.IsReply)
            {
                _liveRepliesByThread[post.RootId] = _liveRepliesByThread.GetValueOrDefault(post.RootId) + 1;
            }
            if (pendingPostId.Length > 0)
            {
                _postsByPendingId[(author.Id, pendingPostId)] = post;
            }
            channel.LastPostAt = createAt;
            channel.TotalMessageCount++;
            if (root is null)
            {
                channel.LastRootPostAt = createAt;
            }
            else
            {
                // A reply moves its root's update_at, so "since" catch-up returns the thread root too.
                root.UpdateAt = createAt;
            }
            BroadcastPostedLocked(post, channel, author);
            postedIn = channel.Channel;
        }
        NotifyChanged();
        PostCreated?.Invoke(post, postedIn);
        return post;
    }

    private static void ValidateContent(string message, JsonObject props)
    {
        if (message.EnumerateRunes().Count() > MaxPostRunes)
        {
            throw new FakeApiException(StatusCodes.Status400BadRequest, "model.post.is_valid.msg.app_error", "Invalid Message.",
                $"message is longer than {MaxPostRunes} runes");
        }
        if (props.ToJsonString().EnumerateRunes().Count() > MaxPropsRunes)
        {
            throw new FakeApiException(StatusCodes.Status400BadRequest, "model.post.is_valid.props.app_error", "Invalid Props.");
        }
    }

    /// <summary>The thread root for a reply (null for a new thread). Replying to a reply, to a missing or
    /// deleted post, or across channels is refused as Mattermost does (PROTOCOLS A3).</summary>
    private FakePost? ValidateRootLocked(string channelId, string rootId)
    {
        if (rootId.Length == 0)
        {
            return null;
        }
        if (!_postsById.TryGetValue(rootId, out var root) || root.IsDeleted || root.IsReply)
        {
            throw new FakeApiException(StatusCodes.Status400BadRequest, "api.post.create_post.root_id.app_error", "Invalid RootId parameter.",
                root is null ? "root post not found" : root.IsReply ? "root_id points at a reply, not at the thread root" : "root post is deleted");
        }
        if (root.ChannelId != channelId)
        {
            throw new FakeApiException(StatusCodes.Status400BadRequest, "api.post.create_post.channel_root_id.app_error", "Invalid ChannelId for RootId parameter.");
        }
        return root;
    }

    private static FakeApiException PermissionDenied(string detail) =>
        new(StatusCodes.Status403Forbidden, "api.context.permissions.app_error", "You do not have the appropriate permissions.", detail);

    private static IResult ToResult(FakeApiException e) => Error(e.Status, e.ErrorId, e.Message, e.DetailedError);

    private JsonObject PostJsonLocked(FakePost post)
    {
        var threadId = post.IsReply ? post.RootId : post.Id;
        var replies = _liveRepliesByThread.GetValueOrDefault(threadId);
        var files = post.FileIds.Select(id => MattermostJson.FileInfo(_files.First(f => f.Id == id))).ToList();
        return MattermostJson.Post(post, replies, files);
    }

    private JsonObject PostJson(FakePost post)
    {
        lock (_gate)
        {
            return PostJsonLocked(post);
        }
    }

    private static IResult PostNotFound() =>
        Error(StatusCodes.Status404NotFound, "app.post.get.app_error", "Unable to get the post.");

    private FakePost? FindPost(string postId)
    {
        lock (_gate)
        {
            return _postsById.GetValueOrDefault(postId);
        }
    }

    private static string? OptionalString(JsonObject body, string name) =>
        body[name]?.GetValueKind() == JsonValueKind.String ? body[name]!.GetValue<string>() : null;

    /// <summary>props as an object; the spec calls it a string in some bodies, so a JSON string is accepted too.</summary>
    private static bool TryReadProps(JsonNode? node, out JsonObject? props)
    {
        props = null;
        switch (node?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                props = (JsonObject)node.DeepClone();
                return true;
            case JsonValueKind.String:
                try
                {
                    props = JsonNode.Parse(node.GetValue<string>()) as JsonObject;
                    return props is not null;
                }
                catch (JsonException)
                {
                    return false;
                }
            default:
                return false;
        }
    }

    private async Task<IResult> CreatePostFromRequestAsync(HttpContext context)
    {
        if (await ReadJsonAsync(context.Request) is not JsonObject body)
        {
            return InvalidBody("post");
        }
        var channelId = OptionalString(body, "channel_id");
        if (string.IsNullOrEmpty(channelId))
        {
            return InvalidBody("channel_id");
        }
        if (body["message"] is { } messageNode && messageNode.GetValueKind() != JsonValueKind.String)
        {
            return InvalidBody("message");
        }
        if (!TryReadProps(body["props"], out var props))
        {
            return InvalidBody("props");
        }
        if (!TryReadFileIds(body["file_ids"], out var fileIds, out var refusal))
        {
            return refusal!;
        }
        var type = OptionalString(body, "type") ?? "";
        if (type.StartsWith("system_", StringComparison.Ordinal))
        {
            return InvalidBody("type");
        }
        try
        {
            var post = CreatePost(Caller(context), channelId, OptionalString(body, "message") ?? "", OptionalString(body, "root_id") ?? "",
                props ?? [], OptionalString(body, "pending_post_id") ?? "", type, fileIds);
            return Json(PostJson(post), StatusCodes.Status201Created);
        }
        catch (FakeApiException e)
        {
            return ToResult(e);
        }
    }

    private async Task<IResult> PatchPostAsync(HttpContext context, string postId)
    {
        var post = FindPost(postId);
        if (post is null || post.IsDeleted)
        {
            return PostNotFound();
        }
        if (post.UserId != Caller(context).Id)
        {
            return Forbidden();
        }
        if (await ReadJsonAsync(context.Request) is not JsonObject body)
        {
            return InvalidBody("post");
        }
        if (body["message"] is { } messageNode && messageNode.GetValueKind() != JsonValueKind.String)
        {
            return InvalidBody("message");
        }
        if (!TryReadProps(body["props"], out var props))
        {
            return InvalidBody("props");
        }
        var message = OptionalString(body, "message");
        try
        {
            ValidateContent(message ?? post.Message, props ?? post.Props);
        }
        catch (FakeApiException e)
        {
            return ToResult(e);
        }
        lock (_gate)
        {
            var now = NextTimestamp();
            if (message is not null && message != post.Message)
            {
                post.Message = message;
                post.EditAt = now;
            }
            if (props is not null)
            {
                if (IsBot(post.UserId))
                {
                    props["from_bot"] = "true";
                }
                post.Props = props;
            }
            if (body["is_pinned"]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                post.IsPinned = body["is_pinned"]!.GetValue<bool>();
            }
            post.UpdateAt = now;
            BroadcastPostChangedLocked("post_edited", post);
        }
        NotifyChanged();
        return Json(PostJson(post));
    }

    private IResult DeletePost(HttpContext context, string postId)
    {
        var post = FindPost(postId);
        if (post is null || post.IsDeleted)
        {
            return PostNotFound();
        }
        if (post.UserId != Caller(context).Id)
        {
            return Forbidden();
        }
        lock (_gate)
        {
            var now = NextTimestamp();
            if (post.IsReply && !post.IsDeleted)
            {
                _liveRepliesByThread[post.RootId]--;
            }
            post.DeleteAt = now;
            post.UpdateAt = now;
            BroadcastPostChangedLocked("post_deleted", post);
        }
        NotifyChanged();
        return Json(MattermostJson.StatusOk());
    }

    /// <summary>GET /channels/{id}/posts: either every post changed after `since` (≤ 1000, deleted ones
    /// included) or a page (page/per_page, before/after a post id) of live posts, newest first.</summary>
    private IResult ListChannelPosts(HttpContext context, string channelId)
    {
        var channel = FindChannel(channelId);
        if (channel is null)
        {
            return Forbidden();
        }
        if (!CanRead(channel, Caller(context).Id))
        {
            return Forbidden();
        }
        var query = context.Request.Query;
        lock (_gate)
        {
            var inChannel = _posts.Where(p => p.ChannelId == channelId).OrderByDescending(p => p.CreateAt).ToList();
            if (long.TryParse(query["since"], NumberStyles.None, CultureInfo.InvariantCulture, out var since) && since > 0)
            {
                var changed = inChannel.Where(p => p.UpdateAt > since).Take(MaxSince).ToList();
                return Json(PostList(changed, "", "", hasNext: false));
            }
            var perPage = int.TryParse(query["per_page"], NumberStyles.None, CultureInfo.InvariantCulture, out var requested) ? Math.Clamp(requested, 1, MaxPerPage) : 60;
            var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
            var live = inChannel.Where(post => !post.IsDeleted).ToList();   // newest first
            var after = query["after"].ToString();
            var before = query["before"].ToString();
            // next_post_id is the post just newer than the page, prev_post_id the one just older; has_next says
            // whether newer posts remain.
            if (after.Length > 0)
            {
                var index = live.FindIndex(post => post.Id == after);
                var newer = index < 0 ? [] : Enumerable.Reverse(live.Take(index)).ToList();   // oldest first
                var slice = newer.Skip(page * perPage).Take(perPage).Reverse().ToList();
                var newerThanSlice = newer.ElementAtOrDefault((page + 1) * perPage)?.Id ?? "";
                var olderThanSlice = page == 0 ? after : newer.ElementAtOrDefault((page * perPage) - 1)?.Id ?? "";
                return Json(PostList(slice, newerThanSlice, olderThanSlice, hasNext: newerThanSlice.Length > 0));
            }
            var older = before.Length > 0 ? live.SkipWhile(post => post.Id != before).Skip(1).ToList() : live;
            var first = page * perPage;
            var window = older.Skip(first).Take(perPage).ToList();
            var newerThanWindow = first == 0 ? before : older.ElementAtOrDefault(first - 1)?.Id ?? "";
            var olderThanWindow = older.ElementAtOrDefault(first + perPage)?.Id ?? "";
            return Json(PostList(window, newerThanWindow, olderThanWindow, hasNext: newerThanWindow.Length > 0));
        }
    }

    private JsonObject PostList(IReadOnlyList<FakePost> posts, string nextPostId, string previousPostId, bool hasNext)
    {
        var map = new JsonObject();
        foreach (var post in posts)
        {
            map[post.Id] = PostJsonLocked(post);
        }
        return new JsonObject
        {
            ["order"] = new JsonArray([.. posts.Select(p => (JsonNode?)p.Id)]),
            ["posts"] = map,
            ["next_post_id"] = nextPostId,
            ["prev_post_id"] = previousPostId,
            ["has_next"] = hasNext,
        };
    }

    private void MapPostRoutes(WebApplication app)
    {
        app.MapPost("/api/v4/posts", Handler(CreatePostFromRequestAsync));

        app.MapGet("/api/v4/posts/{post_id}", (HttpContext context, string post_id) =>
        {
            if (!MattermostIds.IsValid(post_id))
            {
                return InvalidUrlParameter("post_id");
            }
            var post = FindPost(post_id);
            if (post is null || post.IsDeleted)
            {
                return PostNotFound();
            }
            return CanRead(FindChannel(post.ChannelId)!, Caller(context).Id) ? Json(PostJson(post)) : Forbidden();
        });

        app.MapGet("/api/v4/posts/{post_id}/thread", (HttpContext context, string post_id) =>
        {
            var post = FindPost(post_id);
            if (post is null || post.IsDeleted)
            {
                return PostNotFound();
            }
            if (!CanRead(FindChannel(post.ChannelId)!, Caller(context).Id))
            {
                return Forbidden();
            }
            var rootId = post.IsReply ? post.RootId : post.Id;
            lock (_gate)
            {
                var thread = _posts.Where(p => !p.IsDeleted && (p.Id == rootId || p.RootId == rootId)).OrderByDescending(p => p.CreateAt).ToList();
                return Json(PostList(thread, "", "", hasNext: false));
            }
        });

        app.MapPut("/api/v4/posts/{post_id}/patch", (HttpContext context, string post_id) => PatchPostAsync(context, post_id));
        app.MapDelete("/api/v4/posts/{post_id}", (HttpContext context, string post_id) => DeletePost(context, post_id));
        app.MapGet("/api/v4/channels/{channel_id}/posts", (HttpContext context, string channel_id) => ListChannelPosts(context, channel_id));
    }
}

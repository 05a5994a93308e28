using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// Emoji reactions on posts.
public sealed partial class FakeMattermostServer
{
    private readonly List<(FakeReaction Reaction, long CreateAt)> _reactions = [];

    private IResult SaveReaction(FakeUser caller, JsonObject body)
    {
        var userId = OptionalString(body, "user_id") ?? "";
        var postId = OptionalString(body, "post_id") ?? "";
        var emojiName = OptionalString(body, "emoji_name") ?? "";
        if (userId != caller.Id)
        {
            return Forbidden();
        }
        if (!EmojiNamePattern().IsMatch(emojiName))
        {
            return Error(StatusCodes.Status400BadRequest, "model.reaction.is_valid.emoji_name.app_error", "Invalid emoji name.", $"emoji_name={emojiName}");
        }
        JsonObject json;
        lock (_gate)
        {
            if (!_postsById.TryGetValue(postId, out var post) || post.IsDeleted || !_channels[post.ChannelId].Members.Contains(caller.Id))
            {
                // Mattermost checks the permission on the post's channel first: an unknown post is a 403 too.
                return Forbidden();
            }
            var reaction = new FakeReaction(userId, postId, emojiName);
            var existing = _reactions.FirstOrDefault(r => r.Reaction == reaction);
            if (existing.Reaction is not null)
            {
                return Json(MattermostJson.Reaction(existing.Reaction, existing.CreateAt), StatusCodes.Status201Created);
            }
            var now = NextTimestamp();
            _reactions.Add((reaction, now));
            // Reactions move the post's update_at (PROTOCOLS A9).
            post.UpdateAt = now;
            BroadcastReactionLocked("reaction_added", reaction, now);
            json = MattermostJson.Reaction(reaction, now);
        }
        NotifyChanged();
        ReactionAdded?.Invoke(new FakeReaction(userId, postId, emojiName));
        return Json(json, StatusCodes.Status201Created);
    }

    private IResult DeleteReaction(HttpContext context, string userId, string postId, string emojiName)
    {
        if (!IsSelf(context, userId))
        {
            return Forbidden();
        }
        var reaction = new FakeReaction(Caller(context).Id, postId, emojiName);
        lock (_gate)
        {
            var index = _reactions.FindIndex(r => r.Reaction == reaction);
            if (index < 0)
            {
                return Json(MattermostJson.StatusOk());
            }
            var now = NextTimestamp();
            _reactions.RemoveAt(index);
            _postsById[postId].UpdateAt = now;
            BroadcastReactionLocked("reaction_removed", reaction, now);
        }
        NotifyChanged();
        return Json(MattermostJson.StatusOk());
    }

    private void MapReactionRoutes(WebApplication app)
    {
        app.MapPost("/api/v4/reactions", Handler(async context =>
            await ReadJsonAsync(context.Request) is JsonObject body ? SaveReaction(Caller(context), body) : InvalidBody("reaction")));

        app.MapDelete("/api/v4/users/{user_id}/posts/{post_id}/reactions/{emoji_name}",
            (HttpContext context, string user_id, string post_id, string emoji_name) => DeleteReaction(context, user_id, post_id, emoji_name));

        app.MapGet("/api/v4/posts/{post_id}/reactions", (HttpContext context, string post_id) =>
        {
            var post = FindPost(post_id);
            if (post is null || !CanRead(FindChannel(post.ChannelId)!, Caller(context).Id))
            {
                return Forbidden();
            }
            lock (_gate)
            {
                var reactions = _reactions.Where(r => r.Reaction.PostId == post_id).Select(r => (JsonNode?)MattermostJson.Reaction(r.Reaction, r.CreateAt));
                return Json(new JsonArray([.. reactions]));
            }
        });
    }

    [GeneratedRegex("^[a-zA-Z0-9_+-]{1,64}$")]
    private static partial Regex EmojiNamePattern();
}

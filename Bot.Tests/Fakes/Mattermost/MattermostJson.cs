using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>Builds the JSON bodies Mattermost sends (field names and shapes from api/mattermost/definitions.yaml).</summary>
internal static class MattermostJson
{
    public static JsonObject User(FakeUser user, bool isBot, long createAt)
    {
        var json = new JsonObject
        {
            ["id"] = user.Id,
            ["create_at"] = createAt,
            ["update_at"] = createAt,
            ["delete_at"] = 0,
            ["username"] = user.Username,
            ["auth_data"] = "",
            ["auth_service"] = "",
            ["email"] = "",
            ["nickname"] = "",
            ["first_name"] = isBot ? "MissionBot" : "",
            ["last_name"] = "",
            ["position"] = "",
            ["roles"] = "system_user",
            ["locale"] = "fr",
            ["props"] = new JsonObject(),
            ["timezone"] = new JsonObject
            {
                ["automaticTimezone"] = "",
                ["manualTimezone"] = "",
                ["useAutomaticTimezone"] = "true",
            },
        };
        if (isBot)
        {
            // Mattermost leaves is_bot out entirely for people.
            json["is_bot"] = true;
            json["bot_description"] = "Missions des tiers-lieux";
        }
        return json;
    }

    public static JsonObject Team(FakeTeam team, long createAt) => new()
    {
        ["id"] = team.Id,
        ["create_at"] = createAt,
        ["update_at"] = createAt,
        ["delete_at"] = 0,
        ["display_name"] = "Réseau",
        ["name"] = team.Name,
        ["description"] = "",
        ["email"] = "",
        ["type"] = "O",
        ["company_name"] = "",
        ["allowed_domains"] = "",
        ["invite_id"] = "",
        ["allow_open_invite"] = true,
        ["scheme_id"] = null,
        ["group_constrained"] = null,
        ["policy_id"] = null,
    };

    public static JsonObject Channel(FakeChannelState state) => new()
    {
        ["id"] = state.Channel.Id,
        ["create_at"] = state.CreateAt,
        ["update_at"] = state.CreateAt,
        ["delete_at"] = 0,
        ["team_id"] = state.Channel.TeamId,
        ["type"] = state.Channel.Type,
        ["display_name"] = state.DisplayName,
        ["name"] = state.Channel.Name,
        ["header"] = "",
        ["purpose"] = "",
        ["last_post_at"] = state.LastPostAt,
        ["last_root_post_at"] = state.LastRootPostAt,
        ["total_msg_count"] = state.TotalMessageCount,
        ["extra_update_at"] = 0,
        ["creator_id"] = state.CreatorId,
        ["scheme_id"] = null,
        ["props"] = null,
        ["group_constrained"] = null,
        ["shared"] = null,
        ["policy_id"] = null,
    };

    public static JsonObject ChannelMember(string channelId, string userId, long lastViewedAt) => new()
    {
        ["channel_id"] = channelId,
        ["user_id"] = userId,
        ["roles"] = "channel_user",
        ["last_viewed_at"] = lastViewedAt,
        ["msg_count"] = 0,
        ["mention_count"] = 0,
        ["notify_props"] = new JsonObject { ["desktop"] = "default", ["mark_unread"] = "all" },
        ["last_update_at"] = lastViewedAt,
    };

    /// <summary>
    /// A post as clients see it: each button's integration (url and context) is removed, as the real server
    /// does, so a secret in the context never reaches users.
    /// </summary>
    public static JsonObject Post(FakePost post, int replyCount, IReadOnlyList<JsonObject>? files = null)
    {
        var json = PostFields(post, replyCount);
        if (post.FileIds.Count > 0)
        {
            // file_ids is omitted when empty (omitempty); metadata.files holds the FileInfos.
            json["file_ids"] = new JsonArray([.. post.FileIds.Select(id => (JsonNode?)id)]);
            json["metadata"] = new JsonObject { ["files"] = new JsonArray([.. (files ?? []).Select(f => (JsonNode?)f)]) };
        }
        return json;
    }

    /// <summary>FileInfo as POST /files and a post's metadata.files give it.</summary>
    public static JsonObject FileInfo(FakeFile file) => new()
    {
        ["id"] = file.Id,
        ["user_id"] = file.UserId,
        ["channel_id"] = file.ChannelId,
        ["post_id"] = file.PostId,
        ["create_at"] = file.CreateAt,
        ["update_at"] = file.CreateAt,
        ["delete_at"] = 0,
        ["name"] = file.Name,
        ["extension"] = file.Extension,
        ["size"] = file.Content.LongLength,
        ["mime_type"] = file.MimeType,
        ["width"] = 0,
        ["height"] = 0,
        ["has_preview_image"] = false,
        ["mini_preview"] = null,
        ["remote_id"] = "",
        ["archived"] = false,
    };

    private static JsonObject PostFields(FakePost post, int replyCount) => new()
    {
        ["id"] = post.Id,
        ["create_at"] = post.CreateAt,
        ["update_at"] = post.UpdateAt,
        ["edit_at"] = post.EditAt,
        ["delete_at"] = post.DeleteAt,
        ["is_pinned"] = post.IsPinned,
        ["user_id"] = post.UserId,
        ["channel_id"] = post.ChannelId,
        ["root_id"] = post.RootId,
        ["original_id"] = "",
        ["message"] = post.Message,
        ["type"] = post.Type,
        ["props"] = PropsForClients(post.Props),
        ["hashtags"] = "",
        ["pending_post_id"] = post.PendingPostId,
        ["reply_count"] = replyCount,
        ["last_reply_at"] = 0,
        ["participants"] = null,
        ["metadata"] = new JsonObject(),
    };

    public static JsonObject Reaction(FakeReaction reaction, long createAt) => new()
    {
        ["user_id"] = reaction.UserId,
        ["post_id"] = reaction.PostId,
        ["emoji_name"] = reaction.EmojiName,
        ["create_at"] = createAt,
        ["update_at"] = createAt,
        ["delete_at"] = 0,
        ["remote_id"] = "",
        ["channel_id"] = "",
    };

    public static JsonObject Error(string id, string message, int statusCode, string detailedError = "") => new()
    {
        ["id"] = id,
        ["message"] = message,
        ["detailed_error"] = detailedError,
        ["request_id"] = MattermostIds.NewId(),
        ["status_code"] = statusCode,
        ["is_oauth"] = false,
    };

    public static JsonObject StatusOk() => new() { ["status"] = "OK" };

    private static JsonObject PropsForClients(JsonObject props)
    {
        var copy = (JsonObject)props.DeepClone();
        if (copy["attachments"] is not JsonArray attachments)
        {
            return copy;
        }
        foreach (var attachment in attachments.OfType<JsonObject>())
        {
            if (attachment["actions"] is JsonArray actions)
            {
                foreach (var action in actions.OfType<JsonObject>())
                {
                    action.Remove("integration");
                }
            }
        }
        return copy;
    }
}

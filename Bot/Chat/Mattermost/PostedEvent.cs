using System.Text.Json;
using System.Text.Json.Nodes;
using MissionBot.Chat.Mattermost.Wire;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Reads a websocket <c>posted</c> event into an <see cref="IncomingMessage"/>, or says why the bot ignores it
/// (its own post, a system message, another bot or a webhook: answering those could start a loop).
/// </summary>
internal static class PostedEvent
{
    /// <summary>The post (data.post is a JSON string, decoded a second time) or null with the reason it is skipped.</summary>
    public static (MmPost? Post, string? Ignored) ReadPost(JsonObject? data, string botId)
    {
        var (post, unreadable) = Decode(data);
        if (post is null)
        {
            return (null, unreadable);
        }
        var ignored = IgnoreReason(post, botId);
        return ignored is null ? (post, null) : (null, ignored);
    }

    /// <summary>The post in the event, whoever wrote it, or null with the reason it cannot be read.</summary>
    public static (MmPost? Post, string? Unreadable) Decode(JsonObject? data)
    {
        if (data?["post"] is not JsonValue raw || raw.GetValueKind() != JsonValueKind.String)
        {
            return (null, "no post in the event");
        }
        try
        {
            var post = MattermostJson.Deserialize<MmPost>(raw.GetValue<string>());
            return post is null ? (null, "post without id, channel or author") : (post, null);
        }
        catch (JsonException)
        {
            return (null, "post is not valid JSON");
        }
    }

    /// <summary>
    /// Why the bot leaves this post alone, or null when it is for the bot: the same rules for live events and
    /// for posts fetched when catching up.
    /// </summary>
    public static string? IgnoreReason(MmPost post, string botId)
    {
        if (post.Id.Length == 0 || post.ChannelId.Length == 0 || post.UserId.Length == 0)
        {
            return "post without id, channel or author";
        }
        if (post.UserId == botId)
        {
            return "the bot's own post";
        }
        if (post.Type.StartsWith("system_", StringComparison.Ordinal))
        {
            return "system message";
        }
        if (IsTrue(post.Props, "from_bot") || IsTrue(post.Props, "from_webhook"))
        {
            return "posted by a bot or a webhook";
        }
        return post.DeleteAt != 0 ? "deleted post" : null;
    }

    /// <summary>The author's username as the event names it ("@alice" in data.sender_name), or null when absent.</summary>
    public static string? SenderUsername(JsonObject? data)
    {
        var sender = data?["sender_name"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        var name = sender?.Trim().TrimStart('@');
        return string.IsNullOrEmpty(name) ? null : name;
    }

    public static ChannelKind Kind(JsonObject? data) =>
        Kind(data?["channel_type"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "");

    /// <summary>Mattermost's channel type letter: "D" direct, "G" group, "P" private, "O" (or anything else) public.</summary>
    public static ChannelKind Kind(string type) =>
        type switch
        {
            "D" => ChannelKind.Direct,
            "G" => ChannelKind.Group,
            "P" => ChannelKind.Private,
            _ => ChannelKind.Public,
        };

    public static IncomingMessage ToIncoming(MmPost post, ChannelKind kind, ChatUser author) => new(
        PostId: post.Id,
        ChannelId: post.ChannelId,
        ChannelKind: kind,
        ThreadRootId: string.IsNullOrEmpty(post.RootId) ? null : post.RootId,
        Author: author,
        Text: post.Message,
        CreatedAt: DateTimeOffset.FromUnixTimeMilliseconds(post.CreateAt));

    /// <summary>The server writes props.from_bot as the string "true"; a boolean is accepted too.</summary>
    private static bool IsTrue(JsonObject? props, string name) => props?[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.String =>
            string.Equals(value.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}

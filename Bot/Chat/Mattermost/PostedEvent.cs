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
        if (data?["post"] is not JsonValue raw || raw.GetValueKind() != JsonValueKind.String)
        {
            return (null, "no post in the event");
        }
        MmPost? post;
        try
        {
            post = MattermostJson.Deserialize<MmPost>(raw.GetValue<string>());
        }
        catch (JsonException)
        {
            return (null, "post is not valid JSON");
        }
        if (post is null || post.Id.Length == 0 || post.ChannelId.Length == 0 || post.UserId.Length == 0)
        {
            return (null, "post without id, channel or author");
        }
        if (post.UserId == botId)
        {
            return (null, "the bot's own post");
        }
        if (post.Type.StartsWith("system_", StringComparison.Ordinal))
        {
            return (null, "system message");
        }
        if (IsTrue(post.Props, "from_bot") || IsTrue(post.Props, "from_webhook"))
        {
            return (null, "posted by a bot or a webhook");
        }
        if (post.DeleteAt != 0)
        {
            return (null, "deleted post");
        }
        return (post, null);
    }

    /// <summary>The author's username as the event names it ("@alice" in data.sender_name), or null when absent.</summary>
    public static string? SenderUsername(JsonObject? data)
    {
        var sender = data?["sender_name"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        var name = sender?.Trim().TrimStart('@');
        return string.IsNullOrEmpty(name) ? null : name;
    }

    public static ChannelKind Kind(JsonObject? data)
    {
        var type = data?["channel_type"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";
        return type switch
        {
            "D" => ChannelKind.Direct,
            "G" => ChannelKind.Group,
            "P" => ChannelKind.Private,
            _ => ChannelKind.Public,
        };
    }

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

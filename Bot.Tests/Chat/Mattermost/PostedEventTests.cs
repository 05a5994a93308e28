using System.Text.Json.Nodes;
using MissionBot.Chat;
using MissionBot.Chat.Mattermost;

namespace MissionBot.Tests.Chat.Mattermost;

/// <summary>
/// The websocket's <c>posted</c> event as Mattermost sends it: data.post is a JSON string holding the post.
/// Which posts reach the domain, and how they look once mapped.
/// </summary>
public sealed class PostedEventTests
{
    private const string BotId = "botbotbotbotbotbotbotbotbo";
    private const string AliceId = "alicealicealicealicealicea";

    private static IEnumerable<TestCaseData> IgnoredPosts()
    {
        yield return new TestCaseData(Post(userId: BotId), "the bot's own post").SetName("Posted_ByTheBotItself_IsIgnored");
        yield return new TestCaseData(Post(type: "system_join_channel"), "system message").SetName("Posted_SystemMessage_IsIgnored");
        yield return new TestCaseData(Post(props: new JsonObject { ["from_bot"] = "true" }), "posted by a bot or a webhook").SetName("Posted_ByAnotherBot_IsIgnored");
        yield return new TestCaseData(Post(props: new JsonObject { ["from_webhook"] = "true" }), "posted by a bot or a webhook").SetName("Posted_ByAWebhook_IsIgnored");
        yield return new TestCaseData(Post(deleteAt: 1_763_000_000_000), "deleted post").SetName("Posted_AlreadyDeleted_IsIgnored");
    }

    [TestCaseSource(nameof(IgnoredPosts))]
    public void Posted_NotForTheDomain_IsIgnoredWithAReason(JsonObject post, string reason)
    {
        var (read, ignored) = PostedEvent.ReadPost(Data(post, "O"), BotId);

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.Null);
            Assert.That(ignored, Is.EqualTo(reason));
        });
    }

    [Test]
    public void Posted_ThreadReply_MapsToAnIncomingMessageWithItsRoot()
    {
        var data = Data(Post(rootId: "rootrootrootrootrootrootro", message: "Je suis partant !"), "O");

        var (post, _) = PostedEvent.ReadPost(data, BotId);
        var message = PostedEvent.ToIncoming(post!, PostedEvent.Kind(data), new ChatUser(AliceId, PostedEvent.SenderUsername(data)!));

        Assert.Multiple(() =>
        {
            Assert.That(message.PostId, Is.EqualTo("postpostpostpostpostpostpo"));
            Assert.That(message.ChannelId, Is.EqualTo("chanchanchanchanchanchanch"));
            Assert.That(message.ThreadRootId, Is.EqualTo("rootrootrootrootrootrootro"));
            Assert.That(message.ChannelKind, Is.EqualTo(ChannelKind.Public));
            Assert.That(message.Author.Username, Is.EqualTo("alice"));
            Assert.That(message.Text, Is.EqualTo("Je suis partant !"));
            Assert.That(message.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1_763_900_000_000)));
        });
    }

    [Test]
    public void Posted_InADirectChannel_IsDirectAndNotAThreadReply()
    {
        var data = Data(Post(), "D");

        var (post, _) = PostedEvent.ReadPost(data, BotId);
        var message = PostedEvent.ToIncoming(post!, PostedEvent.Kind(data), new ChatUser(AliceId, "alice"));

        Assert.Multiple(() =>
        {
            Assert.That(message.IsDirect, Is.True);
            Assert.That(message.IsThreadReply, Is.False);
        });
    }

    [Test]
    public void Posted_WithPostThatIsNotJson_IsIgnored()
    {
        var data = new JsonObject { ["post"] = "{not json", ["channel_type"] = "O" };

        var (post, ignored) = PostedEvent.ReadPost(data, BotId);

        Assert.Multiple(() =>
        {
            Assert.That(post, Is.Null);
            Assert.That(ignored, Is.EqualTo("post is not valid JSON"));
        });
    }

    private static JsonObject Post(
        string userId = AliceId, string rootId = "", string message = "bonjour", string type = "", JsonObject? props = null, long deleteAt = 0) => new()
    {
        ["id"] = "postpostpostpostpostpostpo",
        ["create_at"] = 1_763_900_000_000,
        ["update_at"] = 1_763_900_000_000,
        ["edit_at"] = 0,
        ["delete_at"] = deleteAt,
        ["is_pinned"] = false,
        ["user_id"] = userId,
        ["channel_id"] = "chanchanchanchanchanchanch",
        ["root_id"] = rootId,
        ["original_id"] = "",
        ["message"] = message,
        ["type"] = type,
        ["props"] = props ?? new JsonObject(),
        ["hashtags"] = "",
        ["pending_post_id"] = "",
        ["reply_count"] = 0,
        ["metadata"] = new JsonObject(),
    };

    /// <summary>The event's data, with the post serialised into a string as the server does.</summary>
    private static JsonObject Data(JsonObject post, string channelType) => new()
    {
        ["channel_display_name"] = "Missions",
        ["channel_name"] = "missions",
        ["channel_type"] = channelType,
        ["post"] = post.ToJsonString(),
        ["sender_name"] = "@alice",
        ["set_online"] = true,
        ["team_id"] = "teamteamteamteamteamteamte",
    };
}

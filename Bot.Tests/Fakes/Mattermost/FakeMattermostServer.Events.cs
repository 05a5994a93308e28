using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MissionBot.Tests.Fakes.Mattermost;

// Websocket events: who receives what, in the envelope Mattermost uses. Callers hold _gate so that the seq
// order of every session matches the order in which changes happened.
public sealed partial class FakeMattermostServer
{
    private readonly List<FakeWebSocketSession> _sessions = [];

    private static JsonObject Broadcast(string channelId = "", string userId = "", string teamId = "") => new()
    {
        ["omit_users"] = null,
        ["user_id"] = userId,
        ["channel_id"] = channelId,
        ["team_id"] = teamId,
    };

    /// <summary>Sends an event to every session of the recipients (connected or away), each with its own seq.
    /// <paramref name="personalize"/> may add fields to one recipient's copy of data.</summary>
    private void BroadcastLocked(string eventName, JsonObject data, JsonObject broadcast, IEnumerable<string> recipients,
        Action<string, JsonObject>? personalize = null)
    {
        // A channel's member set is used as it is (called under the lock): copying ten thousand members at each
        // event made the load driver's own garbage collections show up in the latencies it measures.
        var users = recipients as IReadOnlySet<string> ?? recipients.ToHashSet();
        foreach (var session in _sessions.Where(s => users.Contains(s.UserId)))
        {
            var copy = (JsonObject)data.DeepClone();
            personalize?.Invoke(session.UserId, copy);
            session.Send(eventName, copy, (JsonObject)broadcast.DeepClone());
        }
    }

    private void BroadcastPostedLocked(FakePost post, FakeChannelState channel, FakeUser sender)
    {
        var isDirect = channel.Channel.Type == "D";
        var data = new JsonObject
        {
            ["channel_display_name"] = isDirect ? $"@{sender.Username}" : channel.DisplayName,
            ["channel_name"] = channel.Channel.Name,
            ["channel_type"] = channel.Channel.Type,
            // Mattermost sends the post as a JSON string inside the JSON event.
            ["post"] = PostJsonLocked(post).ToJsonString(),
            ["sender_name"] = $"@{sender.Username}",
            ["set_online"] = true,
            ["team_id"] = channel.Channel.TeamId,
        };
        var mentioned = MentionedLocked(post, channel);
        BroadcastLocked("posted", data, Broadcast(channelId: channel.Channel.Id), channel.Members, (recipient, copy) =>
        {
            // Recent servers put only the recipient's own id in mentions, as a JSON string.
            if (mentioned.Contains(recipient))
            {
                copy["mentions"] = new JsonArray(recipient).ToJsonString();
            }
        });
    }

    private void BroadcastPostChangedLocked(string eventName, FakePost post)
    {
        var channel = _channels[post.ChannelId];
        var data = new JsonObject { ["post"] = PostJsonLocked(post).ToJsonString() };
        BroadcastLocked(eventName, data, Broadcast(channelId: post.ChannelId), channel.Members);
    }

    private void BroadcastReactionLocked(string eventName, FakeReaction reaction, long createAt)
    {
        var post = _postsById[reaction.PostId];
        var data = new JsonObject { ["reaction"] = MattermostJson.Reaction(reaction, createAt).ToJsonString() };
        BroadcastLocked(eventName, data, Broadcast(channelId: post.ChannelId), _channels[post.ChannelId].Members);
    }

    /// <summary>Members named with @username, plus the other member of a DM (always notified), never the sender.</summary>
    private HashSet<string> MentionedLocked(FakePost post, FakeChannelState channel)
    {
        var mentioned = new HashSet<string>();
        foreach (Match match in MentionPattern().Matches(post.Message))
        {
            var username = match.Groups[1].Value.TrimEnd('.', '-', '_');
            if (_usersByName.TryGetValue(username, out var user) && channel.Members.Contains(user.Id))
            {
                mentioned.Add(user.Id);
            }
        }
        if (channel.Channel.Type == "D")
        {
            mentioned.UnionWith(channel.Members);
        }
        mentioned.Remove(post.UserId);
        return mentioned;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])@([a-z0-9][a-z0-9._-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}

using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// A post as the fake stores it (props still hold each button's integration url and context, which the
/// server hides from clients). Edits replace Message/Props with new values instead of mutating them, so a
/// test reading a post while the bot patches it sees either the old or the new version.
/// </summary>
public sealed class FakePost
{
    internal FakePost(string id, string channelId, string userId, string rootId, string message, JsonObject props, long createAt)
    {
        Id = id;
        ChannelId = channelId;
        UserId = userId;
        RootId = rootId;
        Message = message;
        Props = props;
        CreateAt = createAt;
        UpdateAt = createAt;
    }

    public string Id { get; }

    public string ChannelId { get; }

    public string UserId { get; }

    /// <summary>The thread root's id, or "" for a post that starts a thread.</summary>
    public string RootId { get; }

    public string Message { get; internal set; }

    public JsonObject Props { get; internal set; }

    /// <summary>"" for a normal message.</summary>
    public string Type { get; internal init; } = "";

    public bool IsPinned { get; internal set; }

    public long CreateAt { get; }

    public long UpdateAt { get; internal set; }

    public long EditAt { get; internal set; }

    public long DeleteAt { get; internal set; }

    public string PendingPostId { get; internal init; } = "";

    /// <summary>Ids of the files attached to the post (only those the server accepted to attach).</summary>
    public IReadOnlyList<string> FileIds { get; internal init; } = [];

    public bool IsReply => RootId.Length > 0;

    public bool IsDeleted => DeleteAt != 0;

    public override string ToString() => $"{Id} by {UserId} in {ChannelId}: {Message}";
}

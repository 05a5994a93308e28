namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>A file uploaded to the fake (POST /files): its bytes, where it was uploaded and, once a post
/// carries its id, that post.</summary>
public sealed class FakeFile
{
    internal FakeFile(string id, string name, string mimeType, byte[] content, string channelId, string userId, long createAt)
    {
        Id = id;
        Name = name;
        MimeType = mimeType;
        Content = content;
        ChannelId = channelId;
        UserId = userId;
        CreateAt = createAt;
    }

    public string Id { get; }

    public string Name { get; }

    public string MimeType { get; }

    public byte[] Content { get; }

    public string ChannelId { get; }

    /// <summary>Who uploaded it; only they can attach it to a post.</summary>
    public string UserId { get; }

    public long CreateAt { get; }

    /// <summary>The post it is attached to, or "" while it is not attached yet.</summary>
    public string PostId { get; internal set; } = "";

    public string Extension => Path.GetExtension(Name).TrimStart('.').ToLowerInvariant();

    public override string ToString() => $"{Id} {Name} ({Content.Length} bytes) in {ChannelId}";
}

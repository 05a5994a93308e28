namespace MissionBot.Chat;

/// <summary>A message someone else posted, as every adapter reports it to the domain.</summary>
public sealed record IncomingMessage(
    string PostId,
    string ChannelId,
    ChannelKind ChannelKind,
    string? ThreadRootId,
    ChatUser Author,
    string Text,
    DateTimeOffset CreatedAt)
{
    public bool IsDirect => ChannelKind == ChannelKind.Direct;

    public bool IsThreadReply => !string.IsNullOrEmpty(ThreadRootId);

    public PostRef Ref => new(ChannelId, PostId);
}

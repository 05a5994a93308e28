namespace MissionBot.Chat;

/// <summary>A message the bot sends. Text is markdown already made safe by the caller.</summary>
public sealed record OutgoingMessage(string Text)
{
    /// <summary>Root post of the thread to answer in; null for a top-level post.</summary>
    public string? ThreadRootId { get; init; }

    /// <summary>Buttons under the message. Every button has a typed-command twin.</summary>
    public IReadOnlyList<ChatButton> Buttons { get; init; } = [];

    /// <summary>
    /// Names the purpose of this message ("ack:POSTID"): the outbox sends a message with a given key once,
    /// even when the event that caused it is processed again after a crash or a replay. Adapters pass it
    /// to the server when it can deduplicate (Mattermost's pending_post_id).
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// When true (the default), a message that could not be sent stays in the outbox and is sent later.
    /// False for posts whose caller undoes its work on failure (an announcement that could not be posted).
    /// </summary>
    public bool RetryLater { get; init; } = true;

    /// <summary>
    /// A plain DM that may share one post with others of its kind queued for the same person: an owner told of
    /// thirty volunteers in a burst reads one message, not thirty, and the server takes one request instead of
    /// thirty. Only for messages nobody edits later and without buttons or thread.
    /// </summary>
    public bool MayJoinOthers { get; init; }
}

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
}

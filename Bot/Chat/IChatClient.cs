namespace MissionBot.Chat;

/// <summary>
/// What the domain needs from a chat platform. Each adapter (Mattermost, Rocket.Chat, console)
/// implements it; nothing above this interface knows which platform it talks to.
/// </summary>
public interface IChatClient
{
    /// <summary>Short platform name for logs: "mattermost", "rocketchat", "console".</summary>
    string Platform { get; }

    /// <summary>The bot's own account, known once connected.</summary>
    ChatUser Me { get; }

    /// <summary>Longest message the platform accepts, counted as the platform counts it.</summary>
    int MaxMessageLength { get; }

    /// <summary>How the platform counts a message's length (runes on Mattermost, UTF-16 units on Rocket.Chat).</summary>
    int MeasureLength(string text);

    /// <summary>Finds a channel the bot belongs to by its name (not its display name).</summary>
    Task<string> ResolveChannelIdAsync(string channelName, CancellationToken cancellationToken);

    /// <summary>Posts in a channel, or in a thread when <see cref="OutgoingMessage.ThreadRootId"/> is set.</summary>
    Task<PostRef> PostAsync(string channelId, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Sends a direct message to one person, opening the DM channel if needed.</summary>
    Task<PostRef> SendDirectAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Sends a direct message with a file attached (Mattermost: upload to the DM channel, then a post with its
    /// file id; Rocket.Chat: rooms.upload). Platforms that cannot upload keep this default, and callers fall back
    /// to a plain message.
    /// </summary>
    Task<PostRef> SendDirectFileAsync(string userId, OutgoingMessage message, ChatFile file, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Platform} cannot send files");

    /// <summary>Replaces the text (and buttons) of a post the bot wrote earlier.</summary>
    Task UpdatePostAsync(PostRef post, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Adds the bot's reaction (emoji name without colons) to a post.</summary>
    Task AddReactionAsync(PostRef post, string emojiName, CancellationToken cancellationToken);

    /// <summary>
    /// Reacts to a post and sends a DM, side by side (they go to different places: neither waits for the other).
    /// A client that records what it sends before sending it may record both at once.
    /// </summary>
    Task ReactAndSendDirectAsync(PostRef post, string emojiName, string userId, OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.WhenAll(AddReactionAsync(post, emojiName, cancellationToken), SendDirectAsync(userId, message, cancellationToken));

    /// <summary>
    /// Sends a DM and edits a post, side by side (they go to different places: neither waits for the other). A
    /// client that records what it sends before sending it may record both at once.
    /// </summary>
    Task SendDirectAndUpdatePostAsync(string userId, OutgoingMessage message, PostRef post, OutgoingMessage update, CancellationToken cancellationToken) =>
        Task.WhenAll(SendDirectAsync(userId, message, cancellationToken), UpdatePostAsync(post, update, cancellationToken));

    /// <summary>Looks a person up by username (without the @); null when nobody has that name.</summary>
    Task<ChatUser?> FindUserByUsernameAsync(string username, CancellationToken cancellationToken);

    /// <summary>Looks a person up by platform id; null when unknown.</summary>
    Task<ChatUser?> GetUserAsync(string userId, CancellationToken cancellationToken);
}

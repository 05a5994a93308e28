using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MissionBot.Chat.RocketChat.Wire;
using MissionBot.Hosting;
using MissionBot.Texts;

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// <see cref="IChatClient"/> over Rocket.Chat's REST API. Posts go through <c>chat.sendMessage</c> with an id the
/// bot chooses (derived from the message's idempotency key when it has one), so a retried post cannot appear
/// twice; DMs open the direct room first (<c>dm.create</c>). The domain reaches it through the outbox.
/// </summary>
public sealed class RocketChatClient(RocketChatApi api, IOptions<RocketChatOptions> options, ILogger<RocketChatClient> logger) : IChatClient
{
    /// <summary>Rocket.Chat's default Message_MaxAllowedSize, in UTF-16 code units.</summary>
    public const int MessageLimit = 5000;

    private const string IdAlphabet = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";
    private static readonly Dictionary<string, string> NoQuery = [];

    /// <summary>Refusals of a file that sending it again cannot cure (Rocket.Chat's FileUpload checks).</summary>
    private static readonly HashSet<string> FileRefusals =
        ["error-file-too-large", "error-file-upload-disabled", "error-direct-message-file-upload-not-allowed", "error-invalid-file-type"];

    private readonly ConcurrentDictionary<string, string> _directRooms = new();
    private readonly ConcurrentDictionary<string, ChatUser> _users = new();
    private readonly string _prefix = options.Value.CommandPrefix.Trim();
    private readonly string _userId = options.Value.UserId.Trim();
    private volatile ChatUser _me = new("", "");

    public string Platform => "rocketchat";

    public ChatUser Me => _me;

    public int MaxMessageLength => MessageLimit;

    public int MeasureLength(string text) => text.Length;

    /// <summary>Asks the server who the bot is (<c>GET /me</c>); the first thing done once started.</summary>
    public async Task<ChatUser> IdentifyAsync(CancellationToken cancellationToken)
    {
        var me = await api.GetAsync<RcUserRef>("me", NoQuery, cancellationToken);
        _me = me.ToChatUser();
        Remember(_me);
        return _me;
    }

    /// <summary>Authors seen in messages are remembered, which saves a look-up before answering them by DM.</summary>
    public void Remember(ChatUser user)
    {
        if (user.Id.Length > 0 && user.Username.Length > 0)
        {
            _users[user.Id] = user;
        }
    }

    public async Task<string> ResolveChannelIdAsync(string channelName, CancellationToken cancellationToken)
    {
        var response = await api.GetAsync<RcRoomResponse>("rooms.info", new Dictionary<string, string> { ["roomName"] = channelName }, cancellationToken);
        var id = response.Room?.RoomId;
        return string.IsNullOrEmpty(id) ? throw new RocketChatApiException($"Rocket.Chat has no room named '{channelName}'.") : id;
    }

    public async Task<PostRef> PostAsync(string channelId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var outgoing = new RcOutgoingMessage
        {
            Id = message.IdempotencyKey is { Length: > 0 } key ? MessageIdFor(key) : NewMessageId(),
            RoomId = channelId,
            Text = Render(message.Text),
            ThreadId = string.IsNullOrEmpty(message.ThreadRootId) ? null : message.ThreadRootId,
            Attachments = message.Buttons.Count == 0 ? null : [Buttons(message.Buttons)],
        };
        RcSendMessageResponse response;
        try
        {
            response = await api.PostAsync<RcSendMessageResponse>("chat.sendMessage", new { message = outgoing }, cancellationToken);
        }
        catch (RocketChatApiException ex) when (ex.StatusCode == 400)
        {
            // Sent before (a retry after a lost answer, or the outbox after a crash): the id is taken, by us.
            var sentBefore = await FindOwnMessageAsync(outgoing.Id, cancellationToken);
            if (sentBefore is null)
            {
                throw;
            }
            logger.LogInformation("Message {MessageId} was already posted ({Error}); not posting it again", outgoing.Id, ex.Error);
            return sentBefore;
        }
        return new PostRef(response.Message?.RoomId is { Length: > 0 } rid ? rid : channelId, response.Message?.Id is { Length: > 0 } id ? id : outgoing.Id);
    }

    public async Task<PostRef> SendDirectAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var roomId = await DirectRoomAsync(userId, cancellationToken);
        return await PostAsync(roomId, message with { ThreadRootId = null }, cancellationToken);
    }

    /// <summary>
    /// Uploads the file to the DM room (<c>rooms.media</c>, kept aside by the server), then shows it with the
    /// message (<c>rooms.mediaConfirm</c>). Rocket.Chat 8 removed <c>rooms.upload</c>; the spec has only this pair.
    /// A file the server will not take (too big, uploads off) is a <see cref="NotSupportedException"/>: the caller
    /// then sends the content another way.
    /// </summary>
    public async Task<PostRef> SendDirectFileAsync(string userId, OutgoingMessage message, ChatFile file, CancellationToken cancellationToken)
    {
        var roomId = await DirectRoomAsync(userId, cancellationToken);
        var room = Uri.EscapeDataString(roomId);
        RcMediaResponse uploaded;
        try
        {
            uploaded = await api.PostFileAsync<RcMediaResponse>($"rooms.media/{room}", "file", file, NoQuery, cancellationToken);
        }
        catch (RocketChatApiException ex) when (ex.ErrorType is { } type && FileRefusals.Contains(type))
        {
            throw new NotSupportedException($"Rocket.Chat does not take {file.FileName} ({file.Content.Length} bytes): {ex.Message}", ex);
        }
        var fileId = uploaded.File?.Id is { Length: > 0 } id
            ? id
            : throw new RocketChatApiException($"rooms.media gave no file id for {file.FileName}.");
        var confirmed = await api.PostAsync<RcSendMessageResponse>(
            $"rooms.mediaConfirm/{room}/{Uri.EscapeDataString(fileId)}", new { msg = Render(message.Text) }, cancellationToken);
        logger.LogInformation("File {FileName} ({Bytes} bytes) sent by DM to {UserId}", file.FileName, file.Content.Length, userId);
        return new PostRef(roomId, confirmed.Message?.Id ?? "");
    }

    /// <summary>
    /// Only the text changes: <c>chat.update</c> takes no attachments, so buttons stay as first posted
    /// (a click on a closed mission gets a friendly "no longer open").
    /// </summary>
    public Task UpdatePostAsync(PostRef post, OutgoingMessage message, CancellationToken cancellationToken) =>
        api.PostAsync<RcSendMessageResponse>("chat.update", new { roomId = post.ChannelId, msgId = post.PostId, text = Render(message.Text) }, cancellationToken);

    public Task AddReactionAsync(PostRef post, string emojiName, CancellationToken cancellationToken) =>
        // shouldReact always: without it chat.react toggles, and a retry would remove the reaction.
        api.PostAsync<RcSuccessResponse>("chat.react", new { messageId = post.PostId, emoji = emojiName.Trim(':'), shouldReact = true }, cancellationToken);

    public Task<ChatUser?> FindUserByUsernameAsync(string username, CancellationToken cancellationToken) =>
        LookUpAsync("username", username.Trim().TrimStart('@'), cancellationToken);

    public async Task<ChatUser?> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        _users.TryGetValue(userId, out var known) ? known : await LookUpAsync("userId", userId, cancellationToken);

    private async Task<PostRef?> FindOwnMessageAsync(string messageId, CancellationToken cancellationToken)
    {
        try
        {
            var found = await api.GetAsync<RcSendMessageResponse>("chat.getMessage", new Dictionary<string, string> { ["msgId"] = messageId }, cancellationToken);
            return found.Message is { } message && message.User?.Id == Me.Id ? new PostRef(message.RoomId, message.Id) : null;
        }
        catch (RocketChatApiException)
        {
            return null;
        }
    }

    private async Task<ChatUser?> LookUpAsync(string key, string value, CancellationToken cancellationToken)
    {
        try
        {
            var response = await api.GetAsync<RcUserInfoResponse>("users.info", new Dictionary<string, string> { [key] = value }, cancellationToken);
            if (response.User is null)
            {
                return null;
            }
            var user = response.User.ToChatUser();
            Remember(user);
            return user;
        }
        catch (RocketChatApiException ex) when (ex.StatusCode is 400 or 404)
        {
            // "User not found." comes back as a 400.
            return null;
        }
    }

    private async Task<string> DirectRoomAsync(string userId, CancellationToken cancellationToken)
    {
        if (_directRooms.TryGetValue(userId, out var known))
        {
            return known;
        }
        var user = await GetUserAsync(userId, cancellationToken)
            ?? throw new RocketChatApiException($"Rocket.Chat knows no user {userId} to write to.");
        var response = await api.PostAsync<RcRoomResponse>("dm.create", new { username = user.Username }, cancellationToken);
        var roomId = response.Room?.RoomId;
        if (string.IsNullOrEmpty(roomId))
        {
            throw new RocketChatApiException($"dm.create gave no room for {user.Username}.");
        }
        _directRooms[userId] = roomId;
        return roomId;
    }

    private RcAttachment Buttons(IReadOnlyList<ChatButton> buttons) => new()
    {
        Actions = buttons.Select(b => new RcAction { Text = b.Label, Message = $"{_prefix} {b.Command}" }).ToList(),
    };

    private string Render(string text)
    {
        var converted = RocketChatMarkdown.FromCommonMark(text);
        if (converted.Length <= MessageLimit)
        {
            return converted;
        }
        logger.LogWarning("Message of {Length} characters cut to Rocket.Chat's {Limit}", converted.Length, MessageLimit);
        return SafeText.Truncate(converted, MessageLimit);
    }

    /// <summary>Meteor-style ids (17 characters), like the ones Rocket.Chat makes itself.</summary>
    private static string NewMessageId() => new(RandomNumberGenerator.GetItems<char>(IdAlphabet, 17));

    /// <summary>
    /// The same idempotency key always gives the same message id (for this bot), so Rocket.Chat itself refuses
    /// a second copy of a message the outbox sends again.
    /// </summary>
    public string MessageIdFor(string idempotencyKey)
    {
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_userId + "\n" + idempotencyKey));
        return new string(hash.Take(17).Select(b => IdAlphabet[b % IdAlphabet.Length]).ToArray());
    }
}

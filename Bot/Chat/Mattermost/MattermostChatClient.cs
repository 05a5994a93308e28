using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Hosting;
using MissionBot.Texts;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// <see cref="IChatClient"/> over Mattermost's REST API v4. Knows the bot's account and team once
/// <see cref="ConnectAsync"/> has run; buttons carry a signed copy of their typed-command twin.
/// </summary>
public sealed class MattermostChatClient(
    MattermostRestClient rest,
    ActionSigner signer,
    IOptions<MattermostOptions> mattermost,
    IOptions<HttpOptions> http,
    TimeProvider clock,
    ILogger<MattermostChatClient> logger) : IChatClient
{
    /// <summary>PostMessageMaxRunesV2 on every server since 5.0.</summary>
    public const int MaxRunes = 16383;

    /// <summary>Mattermost refuses dialog titles longer than this.</summary>
    public const int MaxDialogTitleLength = 24;

    public const string ActionPath = "/hooks/mattermost/action";
    public const string DialogPath = "/hooks/mattermost/dialog";

    private readonly ConcurrentDictionary<string, string> _directChannels = new();
    private ChatUser? _me;
    private string? _teamId;
    private long _lastPendingStamp;

    public string Platform => "mattermost";

    public ChatUser Me => _me ?? throw new InvalidOperationException("The bot is not connected to Mattermost yet.");

    public int MaxMessageLength => MaxRunes;

    public int MeasureLength(string text) => text.EnumerateRunes().Count();

    /// <summary>Who the bot is (users/me) and which team it serves; called at start and again after a failure.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var me = await rest.SendAsync<MmUser>(MattermostCall.Get("users/me", "identify the bot account"), cancellationToken);
        _me = ToChatUser(me);
        var teamName = mattermost.Value.Team.Trim();
        var team = await rest.SendAsync<MmTeam>(
            MattermostCall.Get($"teams/name/{Uri.EscapeDataString(teamName)}", "find the team"), cancellationToken);
        _teamId = team.Id;
        logger.LogInformation("Connected to Mattermost as {BotUsername} ({BotId}), team {Team} ({TeamId})", me.Username, me.Id, team.Name, team.Id);
    }

    public async Task<string> ResolveChannelIdAsync(string channelName, CancellationToken cancellationToken)
    {
        var teamId = _teamId ?? throw new InvalidOperationException("The bot is not connected to Mattermost yet.");
        var channel = await rest.SendAsync<MmChannel>(
            MattermostCall.Get($"teams/{teamId}/channels/name/{Uri.EscapeDataString(channelName)}", $"find channel {channelName}"),
            cancellationToken);
        return channel.Id;
    }

    public Task<PostRef> PostAsync(string channelId, OutgoingMessage message, CancellationToken cancellationToken) =>
        CreatePostAsync(channelId, message, fileIds: null, cancellationToken);

    public async Task<PostRef> SendDirectAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var channelId = await DirectChannelIdAsync(userId, cancellationToken);
        return await PostAsync(channelId, message with { ThreadRootId = null }, cancellationToken);
    }

    /// <summary>
    /// Uploads the file to the DM channel (POST /files), then posts the message with its file id. A retried
    /// upload may leave an unattached copy on the server, which nobody sees; the post itself keeps its
    /// pending_post_id, so it never appears twice.
    /// </summary>
    public async Task<PostRef> SendDirectFileAsync(string userId, OutgoingMessage message, ChatFile file, CancellationToken cancellationToken)
    {
        var channelId = await DirectChannelIdAsync(userId, cancellationToken);
        var fileId = await UploadAsync(channelId, file, cancellationToken);
        var post = await CreatePostAsync(channelId, message with { ThreadRootId = null }, [fileId], cancellationToken);
        logger.LogInformation("File {FileName} ({Bytes} bytes) sent by DM to {UserId}", file.FileName, file.Content.Length, userId);
        return post;
    }

    public Task UpdatePostAsync(PostRef post, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var body = new MmPatchPost { Message = message.Text, Props = ButtonProps(message.Buttons) };
        return rest.SendAsync(MattermostCall.Put($"posts/{post.PostId}/patch", body, "update a post"), cancellationToken);
    }

    public Task AddReactionAsync(PostRef post, string emojiName, CancellationToken cancellationToken)
    {
        var body = new MmReaction { UserId = Me.Id, PostId = post.PostId, EmojiName = emojiName.Trim(':') };
        return rest.SendAsync(MattermostCall.Post("reactions", body, "add a reaction"), cancellationToken);
    }

    public async Task<ChatUser?> FindUserByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        var name = username.Trim().TrimStart('@');
        if (name.Length == 0)
        {
            return null;
        }
        var user = await rest.FindAsync<MmUser>(
            MattermostCall.Get($"users/username/{Uri.EscapeDataString(name)}", "look a user up by username"), cancellationToken);
        return user is null ? null : ToChatUser(user);
    }

    public async Task<ChatUser?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }
        var user = await rest.FindAsync<MmUser>(
            MattermostCall.Get($"users/{Uri.EscapeDataString(userId)}", "look a user up by id"), cancellationToken);
        return user is null ? null : ToChatUser(user);
    }

    /// <summary>Opens the "new mission" form for the person who typed the command; the state ties the submission to them.</summary>
    public Task OpenMissionDialogAsync(string triggerId, string userId, MissionFormLabels labels, CancellationToken cancellationToken)
    {
        var body = new MmDialogOpen
        {
            TriggerId = triggerId,
            Url = PublicUrl(DialogPath),
            Dialog = MissionDialog.Build(labels, MissionDialog.State(signer, userId)),
        };
        return rest.SendAsync(MattermostCall.Post("actions/dialogs/open", body, "open the mission form"), cancellationToken);
    }

    /// <summary>Answers a slash command later, through its response_url (which must not see the bot token).</summary>
    public Task PostCommandResponseAsync(string responseUrl, string text, CancellationToken cancellationToken)
    {
        var body = new MmCommandResponse { ResponseType = "ephemeral", Text = text };
        var call = MattermostCall.Post(responseUrl, body, "answer a slash command late") with { Authenticated = false };
        return rest.SendAsync(call, cancellationToken);
    }

    private async Task<PostRef> CreatePostAsync(string channelId, OutgoingMessage message, List<string>? fileIds, CancellationToken cancellationToken)
    {
        var body = new MmCreatePost
        {
            ChannelId = channelId,
            Message = message.Text,
            RootId = string.IsNullOrEmpty(message.ThreadRootId) ? null : message.ThreadRootId,
            Props = message.Buttons.Count > 0 ? ButtonProps(message.Buttons) : null,
            FileIds = fileIds,
            PendingPostId = message.IdempotencyKey is { } key ? PendingPostIdFor(key) : NextPendingPostId(),
        };
        var purpose = fileIds is not null ? "post a file" : message.ThreadRootId is null ? "post a message" : "reply in a thread";
        var post = await rest.SendAsync<MmPost>(MattermostCall.Post("posts", body, purpose), cancellationToken);
        return new PostRef(post.ChannelId, post.Id);
    }

    /// <summary>
    /// channel_id goes in the query as well as in the form: the server streams the form and needs the channel
    /// before the file part, and RestSharp writes files before plain fields.
    /// </summary>
    private async Task<string> UploadAsync(string channelId, ChatFile file, CancellationToken cancellationToken)
    {
        var upload = new MattermostUpload(new Dictionary<string, string> { ["channel_id"] = channelId }, "files", file);
        var call = MattermostCall.PostForm($"files?channel_id={Uri.EscapeDataString(channelId)}", upload, "upload a file");
        MmFileUploadResponse answer;
        try
        {
            answer = await rest.SendAsync<MmFileUploadResponse>(call, cancellationToken);
        }
        catch (MattermostApiException ex) when (RefusesFiles(ex))
        {
            // The contract for "this platform cannot take this file": the caller sends the content another way.
            throw new NotSupportedException($"Mattermost does not take {file.FileName} ({file.Content.Length} bytes): {ex.Message}", ex);
        }
        var id = answer.FileInfos.FirstOrDefault()?.Id;
        return string.IsNullOrEmpty(id)
            ? throw new MattermostApiException(call.Purpose, 201, "", "the answer lists no uploaded file")
            : id;
    }

    /// <summary>Too big for FileSettings.MaxFileSize (413), or attachments switched off (the spec's 501; newer
    /// servers answer 403 with the same error id).</summary>
    private static bool RefusesFiles(MattermostApiException ex) =>
        ex.StatusCode is 413 or 501 || ex.ErrorId == "api.file.attachments.disabled.app_error";

    private async Task<string> DirectChannelIdAsync(string userId, CancellationToken cancellationToken)
    {
        if (_directChannels.TryGetValue(userId, out var cached))
        {
            return cached;
        }
        var channel = await rest.SendAsync<MmChannel>(
            MattermostCall.Post("channels/direct", new[] { Me.Id, userId }, "open a direct message"), cancellationToken);
        _directChannels[userId] = channel.Id;
        return channel.Id;
    }

    private MmPostProps ButtonProps(IReadOnlyList<ChatButton> buttons) => new()
    {
        Attachments = buttons.Count == 0
            ? []
            : [new MmAttachment { Actions = buttons.Select(ToAction).ToList() }],
    };

    private MmAction ToAction(ChatButton button) => new()
    {
        Id = ActionId(button.Id),
        Name = button.Label,
        Integration = new MmIntegration
        {
            Url = PublicUrl(ActionPath),
            Context = new MmActionContext { Command = button.Command, Signature = signer.Sign("button", button.Command) },
        },
    };

    /// <summary>Mattermost wants letters and digits only in an action id.</summary>
    private static string ActionId(string id)
    {
        var clean = new string(id.Where(char.IsAsciiLetterOrDigit).ToArray());
        return clean.Length > 0 ? clean : "action";
    }

    private string PublicUrl(string path) => http.Value.PublicUrl.TrimEnd('/') + path;

    /// <summary>
    /// The same shape derived from the message's idempotency key: a message resent by the outbox after a crash
    /// carries the same pending_post_id, so the server answers with the post it already created.
    /// </summary>
    private string PendingPostIdFor(string idempotencyKey)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey));
        var number = BitConverter.ToInt64(hash, 0) & long.MaxValue;
        return Me.Id + ":" + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The webapp's "userId:timestamp" shape, made unique per process so that only a retry reuses one.</summary>
    private string NextPendingPostId()
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        long stamp;
        long last;
        do
        {
            last = Interlocked.Read(ref _lastPendingStamp);
            stamp = Math.Max(now, last + 1);
        }
        while (Interlocked.CompareExchange(ref _lastPendingStamp, stamp, last) != last);
        return Me.Id + ":" + stamp.ToString(CultureInfo.InvariantCulture);
    }

    internal static ChatUser ToChatUser(MmUser user)
    {
        var fullName = $"{user.FirstName} {user.LastName}".Trim();
        var display = user.Nickname.Length > 0 ? user.Nickname : fullName.Length > 0 ? fullName : user.Username;
        return new ChatUser(user.Id, user.Username, display);
    }
}

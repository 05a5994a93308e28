using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Storage;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Hands posts to the domain, whether they came live over the websocket or were fetched when catching up, and
/// keeps each channel's watermark: the creation time up to which every post of the channel was handled. A post
/// whose handling failed holds its channel's watermark just below it, so the next catch-up brings it back (the
/// domain handles each post id once, so posts after it that did get handled are skipped then). After
/// <see cref="MaxAttempts"/> failures the post is given up, with an error in the log, so one poisoned post
/// cannot hold a channel forever. Live posts are handled several at once (<see cref="Admit"/> records them in
/// arrival order): a channel's watermark never passes a post still being handled.
/// </summary>
public sealed class MattermostPostIntake(
    MattermostChatClient chat,
    IChatInbox inbox,
    WatermarkRepository watermarks,
    ProcessedMessageRepository processed,
    ILogger<MattermostPostIntake> logger)
{
    public const int MaxAttempts = 3;

    private readonly Dictionary<string, ChannelProgress> _channels = [];

    /// <summary>Channels whose watermark waits for a failed post to be handled again.</summary>
    public IReadOnlyCollection<string> HeldChannels
    {
        get
        {
            lock (_channels)
            {
                return [.. _channels.Where(c => c.Value.Held is not null).Select(c => c.Key)];
            }
        }
    }

    /// <summary>
    /// Marks a post as being handled, before it is queued: until it is done its channel's watermark stays
    /// below it. Called in arrival order.
    /// </summary>
    internal void Admit(MmPost post)
    {
        lock (_channels)
        {
            Progress(post.ChannelId).Admit(post.Id, post.CreateAt);
        }
    }

    /// <summary>
    /// Handles one post (the bot's own posts and those of other bots only move the watermark). Throws what
    /// the domain threw; a cancelled post is neither handled nor passed, so it is caught up after a restart.
    /// </summary>
    internal async Task HandleAsync(MmPost post, ChannelKind kind, string? senderUsername, CancellationToken cancellationToken)
    {
        Admit(post);
        var ignored = PostedEvent.IgnoreReason(post, chat.Me.Id);
        if (ignored is not null)
        {
            logger.LogDebug("Post {PostId} ignored: {Reason}", post.Id, ignored);
            Passed(post);
            return;
        }
        if (processed.WasProcessed(post.Id))
        {
            logger.LogDebug("Post {PostId} was handled before; skipped", post.Id);
            Passed(post);
            return;
        }
        try
        {
            var author = senderUsername is not null
                ? new ChatUser(post.UserId, senderUsername)
                : await chat.GetUserAsync(post.UserId, cancellationToken) ?? new ChatUser(post.UserId, post.UserId);
            await inbox.HandleMessageAsync(PostedEvent.ToIncoming(post, kind, author), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            Failed(post);
            throw;
        }
        Passed(post);
    }

    private ChannelProgress Progress(string channelId)
    {
        if (!_channels.TryGetValue(channelId, out var progress))
        {
            progress = new ChannelProgress();
            _channels[channelId] = progress;
        }
        return progress;
    }

    private void Passed(MmPost post)
    {
        long mark;
        lock (_channels)
        {
            var progress = Progress(post.ChannelId);
            mark = progress.Done(post.Id, post.CreateAt);
            if (progress.Held is { } held)
            {
                if (held.PostId != post.Id)
                {
                    // An older post of this channel still waits: the watermark stays below it.
                    return;
                }
                progress.Held = null;
                logger.LogInformation("Post {PostId} handled at attempt {Attempt}; channel {ChannelId} moves on", post.Id, held.Attempts + 1, post.ChannelId);
            }
        }
        watermarks.Advance(post.ChannelId, mark);
    }

    private void Failed(MmPost post)
    {
        long mark;
        lock (_channels)
        {
            var progress = Progress(post.ChannelId);
            mark = progress.Done(post.Id, post.CreateAt);
            var attempts = 1;
            if (progress.Held is { } held)
            {
                if (held.PostId != post.Id && held.CreateAt <= post.CreateAt)
                {
                    // The watermark already waits below an older post; this one comes back with it.
                    return;
                }
                attempts = held.PostId == post.Id ? held.Attempts + 1 : 1;
            }
            if (attempts < MaxAttempts)
            {
                progress.Held = new HeldPost(post.Id, post.CreateAt, attempts);
                logger.LogWarning("Post {PostId} in channel {ChannelId} could not be handled (attempt {Attempt} of {MaxAttempts}); it will be caught up again",
                    post.Id, post.ChannelId, attempts, MaxAttempts);
                return;
            }
            progress.Held = null;
        }
        logger.LogError("Post {PostId} in channel {ChannelId} failed {MaxAttempts} times; given up", post.Id, post.ChannelId, MaxAttempts);
        watermarks.Advance(post.ChannelId, mark);
    }
}

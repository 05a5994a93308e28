using System.Globalization;
using Microsoft.Extensions.Options;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Hosting;
using MissionBot.Storage;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Brings the bot up to date over REST when websocket events were lost (a new <c>hello</c>, a gap in the
/// sequence, a restart): for every channel the bot is in, the posts made after the channel's watermark,
/// oldest first, go through the same intake as live events, which skips posts already handled
/// (PROTOCOLS A5 step 2). A channel without a watermark (a DM opened while the bot was away) starts at the
/// listing floor: the newest post among the channels the previous catch-up listed, so every post made in it
/// since then is seen. On the very first start, channels start at their newest post: history is never replayed.
/// Like live events, caught-up posts are handled several at once, each person's in order.
/// </summary>
public sealed class MattermostCatchUp(
    MattermostRestClient rest,
    MattermostPostIntake intake,
    WatermarkRepository watermarks,
    IOptions<MattermostOptions> options,
    ILogger<MattermostCatchUp> logger)
{
    /// <summary>Mattermost returns at most this many posts for "since"; a full answer means older ones may be missing.</summary>
    public const int MaxSincePosts = 1000;

    private const int PageSize = 200;

    private volatile bool _needed;

    /// <summary>True when the last catch-up failed or a channel waits for a failed post: worth another run.</summary>
    public bool IsNeeded => _needed || intake.HeldChannels.Count > 0;

    /// <summary>One catch-up run; returns how many posts were handed to the intake.</summary>
    public async Task<int> RunAsync(string reason, CancellationToken cancellationToken)
    {
        try
        {
            var handled = await CatchUpAsync(reason, cancellationToken);
            _needed = false;
            return handled;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _needed = true;
            throw;
        }
    }

    private async Task<int> CatchUpAsync(string reason, CancellationToken cancellationToken)
    {
        var channels = await rest.SendAsync<List<MmChannel>>(
            MattermostCall.Get("users/me/channels", "list the bot's channels to catch up") with { LargeAnswer = true },
            cancellationToken);
        var listedThrough = channels.Count == 0 ? 0 : channels.Max(c => c.LastPostAt);
        var known = watermarks.All();
        if (watermarks.ListingFloor() is not { } floor)
        {
            foreach (var channel in channels)
            {
                watermarks.Advance(channel.Id, channel.LastPostAt);
            }
            watermarks.SetListingFloor(listedThrough);
            logger.LogInformation("First connection: {Count} channel(s) will be followed from their newest post", channels.Count);
            return 0;
        }
        var handled = 0;
        var failed = 0;
        foreach (var channel in channels)
        {
            // A post made in the same millisecond as the floor may be newer: start just below it.
            var watermark = known.TryGetValue(channel.Id, out var mark) ? mark : floor - 1;
            if (channel.LastPostAt <= watermark)
            {
                continue;
            }
            var posts = await MissedPostsAsync(channel, watermark, cancellationToken);
            var (done, notDone) = await HandleAsync(channel, posts, cancellationToken);
            handled += done;
            failed += notDone;
        }
        watermarks.SetListingFloor(Math.Max(floor, listedThrough));
        logger.LogInformation("Caught up after {Reason}: {Handled} post(s) handed over, {Failed} failed, across {Channels} channel(s)",
            reason, handled, failed, channels.Count);
        return handled;
    }

    /// <summary>
    /// Hands a channel's missed posts to the intake: all admitted first, in order (the watermark then waits for
    /// each of them), then each author's posts in order, several authors at once.
    /// </summary>
    private async Task<(int Handled, int Failed)> HandleAsync(MmChannel channel, List<MmPost> posts, CancellationToken cancellationToken)
    {
        foreach (var post in posts)
        {
            intake.Admit(post);
        }
        var handled = 0;
        var failed = 0;
        var kind = PostedEvent.Kind(channel.Type);
        var byAuthor = posts.GroupBy(p => p.UserId).Select(g => g.ToList());
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.EventConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(byAuthor, parallel, async (authorPosts, ct) =>
        {
            foreach (var post in authorPosts)
            {
                try
                {
                    await intake.HandleAsync(post, kind, null, ct);
                    Interlocked.Increment(ref handled);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The intake holds the channel's watermark below this post: the next run brings it back.
                    Interlocked.Increment(ref failed);
                    logger.LogWarning(ex, "Caught-up post {PostId} in channel {ChannelId} could not be handled", post.Id, channel.Id);
                }
            }
        });
        return (handled, failed);
    }

    /// <summary>Posts created after <paramref name="watermark"/> and not deleted, oldest first.</summary>
    private async Task<List<MmPost>> MissedPostsAsync(MmChannel channel, long watermark, CancellationToken cancellationToken)
    {
        var since = await rest.SendAsync<MmPostList>(
            MattermostCall.Get($"channels/{channel.Id}/posts?since={watermark.ToString(CultureInfo.InvariantCulture)}", "fetch posts missed while away") with { LargeAnswer = true },
            cancellationToken);
        var posts = since.Posts.Values.Where(p => p.CreateAt > watermark).ToDictionary(p => p.Id);
        if (since.Order.Count >= MaxSincePosts)
        {
            // "since" stops at 1000 changes: page back from the oldest one until the watermark is reached.
            await AddOlderPagesAsync(channel, posts, watermark, cancellationToken);
        }
        return posts.Values.Where(p => p.DeleteAt == 0).OrderBy(p => p.CreateAt).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    private async Task AddOlderPagesAsync(MmChannel channel, Dictionary<string, MmPost> posts, long watermark, CancellationToken cancellationToken)
    {
        var oldest = posts.Values.MinBy(p => p.CreateAt);
        while (oldest is not null)
        {
            var page = await rest.SendAsync<MmPostList>(
                MattermostCall.Get($"channels/{channel.Id}/posts?before={oldest.Id}&per_page={PageSize}", "page through posts missed while away") with { LargeAnswer = true },
                cancellationToken);
            var older = page.Order.Select(id => page.Posts.GetValueOrDefault(id)).OfType<MmPost>().ToList();
            foreach (var post in older.Where(p => p.CreateAt > watermark))
            {
                posts.TryAdd(post.Id, post);
            }
            if (older.Count < PageSize || older.Any(p => p.CreateAt <= watermark))
            {
                return;
            }
            oldest = older.MinBy(p => p.CreateAt);
        }
    }
}

using System.Diagnostics;

namespace MissionBot.Tests.Fakes.Mattermost;

// What the bot did, as thread-safe snapshots, and waiting for a condition without sleeping.
public sealed partial class FakeMattermostServer
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    // Conditions may also depend on state the server does not record (the bot's own database), so they are
    // re-checked at this pace besides on every change.
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromMilliseconds(50);

    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every post, people's and the bot's, in creation order (deleted ones included, with DeleteAt set).</summary>
    public IReadOnlyList<FakePost> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    public IReadOnlyList<FakePost> PostsIn(string channelId)
    {
        lock (_gate)
        {
            return [.. _posts.Where(p => p.ChannelId == channelId)];
        }
    }

    /// <summary>The bot's posts in the DM channel bot↔user (empty when there is no such channel yet).</summary>
    public IReadOnlyList<FakePost> DirectPostsTo(FakeUser user)
    {
        var channel = DirectChannelWith(user);
        lock (_gate)
        {
            return channel is null ? [] : [.. _posts.Where(p => p.ChannelId == channel.Id && p.UserId == Bot.Id)];
        }
    }

    /// <summary>
    /// How many posts the bot made in its DM with each person (by user id), in one pass: cheap enough to be a
    /// wait condition while hundreds of people are answered.
    /// </summary>
    public IReadOnlyDictionary<string, int> DirectPostCountsByUser()
    {
        lock (_gate)
        {
            var counts = new Dictionary<string, int>();
            var prefix = Bot.Id + "__";
            var suffix = "__" + Bot.Id;
            var channels = _channels.Values.Where(c => c.Channel.Type == "D").ToDictionary(c => c.Channel.Id, c => c.Channel.Name);
            foreach (var post in _posts)
            {
                if (post.UserId != Bot.Id || !channels.TryGetValue(post.ChannelId, out var name))
                {
                    continue;
                }
                var other = name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..]
                    : name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : "";
                counts[other] = counts.GetValueOrDefault(other) + 1;
            }
            return counts;
        }
    }

    public IReadOnlyList<FakeReaction> Reactions
    {
        get
        {
            lock (_gate)
            {
                return [.. _reactions.Select(r => r.Reaction)];
            }
        }
    }

    public IReadOnlyList<FakeDialog> OpenedDialogs
    {
        get
        {
            lock (_gate)
            {
                return [.. _dialogs];
            }
        }
    }

    public IReadOnlyList<FakeCommandResponse> CommandResponses
    {
        get
        {
            lock (_gate)
            {
                return [.. _commandResponses];
            }
        }
    }

    /// <summary>ephemeral_text of the bot's answers to button clicks.</summary>
    public IReadOnlyList<FakeEphemeral> Ephemerals
    {
        get
        {
            lock (_gate)
            {
                return [.. _ephemerals];
            }
        }
    }

    /// <summary>Every HTTP call received (REST, hooks, websocket handshakes) with the status answered.</summary>
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>
    /// Completes as soon as <paramref name="condition"/> is true, re-checking it on every change the server
    /// records (and every 50 ms for state it does not see); throws a TimeoutException naming
    /// <paramref name="what"/> after <paramref name="timeout"/> (10 s by default) of real time.
    /// </summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? DefaultWait;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }
            // The signal is taken before checking, so a change that lands in between still wakes us up.
            if (condition())
            {
                return;
            }
            var remaining = limit - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.###} s waiting until {what}.");
            }
            await Task.WhenAny(changed, Task.Delay(remaining < RecheckInterval ? remaining : RecheckInterval));
        }
    }

    private void NotifyChanged()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.TrySetResult();
    }
}

using System.Collections.Concurrent;
using MissionBot.Chat;

namespace MissionBot.Tests.Fakes;

/// <summary>
/// An in-memory chat for domain tests: it records every post, DM, edit and reaction the bot makes.
/// Protocol behaviour is tested elsewhere, against the fake servers over real sockets.
/// </summary>
public sealed class RecordingChatClient : IChatClient
{
    private readonly ConcurrentDictionary<string, ChatUser> _users = new();
    private int _nextId;

    public RecordingChatClient()
    {
        Me = AddUser("missionbot");
    }

    public string Platform => "test";

    public ChatUser Me { get; }

    public int MaxMessageLength { get; set; } = 16383;

    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    public ConcurrentQueue<(PostRef Post, string Emoji)> Reactions { get; } = new();

    public ConcurrentQueue<(PostRef Post, OutgoingMessage Message)> Updates { get; } = new();

    /// <summary>Set to make every post fail, as a server that refuses would.</summary>
    public bool FailPosts { get; set; }

    /// <summary>Set to make every post edit fail.</summary>
    public bool FailUpdates { get; set; }

    /// <summary>Set to make every DM fail, as a server that is down would.</summary>
    public bool FailDirects { get; set; }

    /// <summary>People whose DMs fail (the others' go through).</summary>
    public ConcurrentDictionary<string, byte> FailDirectsTo { get; } = new();

    /// <summary>Set to make each DM yield before it is recorded, as a real network call would: concurrent callers interleave.</summary>
    public bool YieldOnDirect { get; set; }

    public ChatUser AddUser(string username)
    {
        var user = new ChatUser($"u-{username}", username, username);
        _users[user.Id] = user;
        return user;
    }

    public IReadOnlyList<SentMessage> DirectsTo(ChatUser user) => Sent.Where(m => m.DirectTo == user.Id).ToList();

    public IReadOnlyList<SentMessage> ChannelPosts(string channelId) => Sent.Where(m => m.ChannelId == channelId && m.DirectTo is null).ToList();

    public int MeasureLength(string text) => text.EnumerateRunes().Count();

    public Task<string> ResolveChannelIdAsync(string channelName, CancellationToken cancellationToken) =>
        Task.FromResult($"c-{channelName}");

    public Task<PostRef> PostAsync(string channelId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (FailPosts)
        {
            throw new HttpRequestException("post refused");
        }
        var post = new PostRef(channelId, $"p{Interlocked.Increment(ref _nextId)}");
        Sent.Enqueue(new SentMessage(post, message, null));
        return Task.FromResult(post);
    }

    /// <summary>Called as each DM reaches the platform, with its recipient (to look at what was recorded by then).</summary>
    public Action<string>? OnDirect { get; set; }

    /// <summary>DMs to these people wait for the task before reaching the platform (a slow server, to let others queue).</summary>
    public ConcurrentDictionary<string, Task> HoldDirectsTo { get; } = new();

    /// <summary>Edits wait for this task, when set, before reaching the platform.</summary>
    public Task? HoldUpdates { get; set; }

    /// <summary>Calls now waiting on <see cref="HoldDirectsTo"/> or <see cref="HoldUpdates"/>.</summary>
    public int Held => Volatile.Read(ref _held);

    private int _held;

    public async Task<PostRef> SendDirectAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        OnDirect?.Invoke(userId);
        if (HoldDirectsTo.TryGetValue(userId, out var hold))
        {
            await HeldUntil(hold);
        }
        if (YieldOnDirect)
        {
            await Task.Yield();
        }
        if (FailDirects || FailDirectsTo.ContainsKey(userId))
        {
            throw new HttpRequestException("server unavailable");
        }
        var post = new PostRef($"dm-{userId}", $"p{Interlocked.Increment(ref _nextId)}");
        Sent.Enqueue(new SentMessage(post, message, userId));
        return post;
    }

    /// <summary>Set to behave like a platform that cannot upload files (the interface's default).</summary>
    public bool FilesUnsupported { get; set; }

    public Task<PostRef> SendDirectFileAsync(string userId, OutgoingMessage message, ChatFile file, CancellationToken cancellationToken)
    {
        if (FilesUnsupported)
        {
            throw new NotSupportedException("test platform without files");
        }
        if (FailDirects)
        {
            throw new HttpRequestException("server unavailable");
        }
        var post = new PostRef($"dm-{userId}", $"p{Interlocked.Increment(ref _nextId)}");
        Sent.Enqueue(new SentMessage(post, message, userId, file));
        return Task.FromResult(post);
    }

    public async Task UpdatePostAsync(PostRef post, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (HoldUpdates is { } hold)
        {
            await HeldUntil(hold);
        }
        if (FailUpdates)
        {
            throw new HttpRequestException("edit refused");
        }
        Updates.Enqueue((post, message));
    }

    private async Task HeldUntil(Task hold)
    {
        Interlocked.Increment(ref _held);
        try
        {
            await hold;
        }
        finally
        {
            Interlocked.Decrement(ref _held);
        }
    }

    /// <summary>Called as each reaction reaches the platform (to look at what was recorded by then).</summary>
    public Action<PostRef>? OnReaction { get; set; }

    /// <summary>Set to refuse reactions, as a server that is down.</summary>
    public bool FailReactions { get; set; }

    public Task AddReactionAsync(PostRef post, string emojiName, CancellationToken cancellationToken)
    {
        OnReaction?.Invoke(post);
        if (FailReactions)
        {
            throw new HttpRequestException("server unavailable");
        }
        Reactions.Enqueue((post, emojiName));
        return Task.CompletedTask;
    }

    public Task<ChatUser?> FindUserByUsernameAsync(string username, CancellationToken cancellationToken) =>
        Task.FromResult(_users.Values.FirstOrDefault(u => u.Username == username.TrimStart('@')));

    public Task<ChatUser?> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_users.TryGetValue(userId, out var user) ? user : null);
}

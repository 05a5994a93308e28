using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.LoadDriver;

/// <summary>
/// When each answer reached the fake server (Stopwatch ticks): the bot's reactions by post, its direct messages
/// by person, and echoes (Hubot's replies, which quote the id of the post they answer) by quoted post.
/// </summary>
public sealed partial class AckLog
{
    private readonly ConcurrentDictionary<string, long> _reactions = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _directMessages = new();
    private readonly ConcurrentDictionary<string, long> _echoTimes = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(long Start, long End)>> _directChannelWaits = new();
    private readonly string _botId;
    private int _echoesInThread;
    private int _echoes;

    public AckLog(FakeMattermostServer fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        _botId = fake.Bot.Id;
        fake.PostCreated += OnPost;
        fake.ReactionAdded += reaction => _reactions.TryAdd(reaction.PostId, Stopwatch.GetTimestamp());
        fake.DirectChannelServed += (caller, other, start, end) =>
        {
            if (caller.Id == _botId)
            {
                _directChannelWaits.GetOrAdd(other.Id, _ => new ConcurrentQueue<(long, long)>()).Enqueue((start, end));
            }
        };
    }

    /// <summary>Echoes posted as thread replies, and all echoes: Hubot is meant to answer in the thread.</summary>
    public (int InThread, int All) EchoPlacement => (Volatile.Read(ref _echoesInThread), Volatile.Read(ref _echoes));

    public int ReactionCount => _reactions.Count;

    public long? ReactionTo(string postId) => _reactions.TryGetValue(postId, out var at) ? at : null;

    public long? EchoOf(string postId) => _echoTimes.TryGetValue(postId, out var at) ? at : null;

    /// <summary>The first direct message to this person sent at or after <paramref name="since"/>.</summary>
    public long? DirectMessageTo(string userId, long since) =>
        _directMessages.TryGetValue(userId, out var times) ? times.Where(t => t >= since).Cast<long?>().FirstOrDefault() : null;

    /// <summary>
    /// Stopwatch ticks the server spent answering the bot's DM channel lookups for this person between
    /// <paramref name="from"/> and <paramref name="to"/>: time the bot waited on the server, not its own.
    /// </summary>
    public long ServerTimeOnDirectChannel(string userId, long from, long to) =>
        _directChannelWaits.TryGetValue(userId, out var waits)
            ? waits.Where(w => w.Start >= from && w.End <= to).Sum(w => w.End - w.Start)
            : 0;

    private void OnPost(FakePost post, FakeChannel channel)
    {
        if (post.UserId != _botId)
        {
            return;
        }
        var now = Stopwatch.GetTimestamp();
        if (channel.Type == "D")
        {
            // A DM channel is named "idA__idB"; the other id is the person.
            var other = channel.Name.Split("__").FirstOrDefault(id => id != _botId) ?? _botId;
            _directMessages.GetOrAdd(other, _ => new ConcurrentQueue<long>()).Enqueue(now);
        }
        if (EchoPattern().Match(post.Message) is { Success: true } echo)
        {
            _echoTimes.TryAdd(echo.Groups[1].Value, now);
            Interlocked.Increment(ref _echoes);
            if (post.IsReply)
            {
                Interlocked.Increment(ref _echoesInThread);
            }
        }
    }

    [GeneratedRegex("^echo ([a-z0-9]{26})")]
    private static partial Regex EchoPattern();
}

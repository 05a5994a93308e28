using System.Collections.Concurrent;
using System.Diagnostics;
using MissionBot.Tests.Fakes.Mattermost;

namespace MissionBot.LoadDriver;

/// <summary>
/// Volunteers reply "je suis partant !" in mission threads at a fixed rate; each reply is one new
/// (person, mission) pair, so every one deserves an acknowledgement. Latency runs from the fake emitting the
/// posted event to the answer reaching the fake: for MissionBot both the reaction and the volunteer's DM,
/// for Hubot its echo.
/// </summary>
public sealed class ReplyLoad(FakeMattermostServer fake, Seeder seeds, AckLog acks)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);
    private int _next;

    public async Task<LatencySample> RunAsync(int rate, TimeSpan duration, bool echo)
    {
        var sent = new ConcurrentBag<(string PostId, string UserId, long At)>();
        var tasks = await OpenLoop.FireAsync(rate, duration, async _ =>
        {
            var k = Interlocked.Increment(ref _next) - 1;
            var volunteer = seeds.Volunteers[k % seeds.Volunteers.Count];
            var mission = seeds.Missions[k / seeds.Volunteers.Count % seeds.Missions.Count];
            var at = Stopwatch.GetTimestamp();
            var post = await fake.UserPostsAsync(volunteer, fake.MissionsChannel.Id, "je suis partant !", mission.AnnouncementPostId);
            sent.Add((post.Id, volunteer.Id, at));
        });
        await Task.WhenAll(tasks);
        var waitUntil = Stopwatch.GetTimestamp() + (long)(Grace.TotalSeconds * Stopwatch.Frequency);
        List<double> latencies;
        while (true)
        {
            latencies = [.. sent.Select(s => AnsweredAt(s.PostId, s.UserId, s.At, echo) is { } done ? Stopwatch.GetElapsedTime(s.At, done).TotalMilliseconds : -1)];
            if (latencies.All(l => l >= 0) || Stopwatch.GetTimestamp() > waitUntil)
            {
                break;
            }
            await Task.Delay(20);
        }
        var answered = latencies.Where(l => l >= 0).ToList();
        var own = echo ? [] : sent.Select(s => OwnShare(s.UserId, s.At, AnsweredAt(s.PostId, s.UserId, s.At, echo))).OfType<double>().ToList();
        if (Environment.GetEnvironmentVariable("MISSIONBOT_BENCH_LATENCIES") is { Length: > 0 } prefix && !echo)
        {
            WriteLatencies($"{prefix}-{rate}.csv", sent.Select(s => (s.PostId, s.UserId, s.At)).ToList());
        }
        var lastAnswer = sent.Select(s => AnsweredAt(s.PostId, s.UserId, s.At, echo)).Max() ?? Stopwatch.GetTimestamp();
        var firstSent = sent.IsEmpty ? lastAnswer : sent.Min(s => s.At);
        return new LatencySample(rate, answered, sent.Count, sent.Count - answered.Count,
            Stopwatch.GetElapsedTime(firstSent, Math.Max(lastAnswer, firstSent + 1)))
        { Own = own };
    }

    /// <summary>
    /// The bot's own time for one reply: from the event to the acknowledgement, less the server's time on the
    /// DM channel lookup the bot waits for before its first DM to someone (the ✅ and the DM themselves go side
    /// by side, and their arrival ends the measure).
    /// </summary>
    private double? OwnShare(string userId, long at, long? done) =>
        done is { } end
            ? Stopwatch.GetElapsedTime(at, end).TotalMilliseconds - acks.ServerTimeOnDirectChannel(userId, at, end) * 1000.0 / Stopwatch.Frequency
            : null;

    /// <summary>
    /// Waits until the bot has worked through its backlog (no new ✅ for two seconds, at most five minutes), so
    /// that what comes next is measured on its own.
    /// </summary>
    public async Task SettleAsync()
    {
        var deadline = Stopwatch.GetTimestamp() + 300 * Stopwatch.Frequency;
        var last = -1;
        var quietSince = Stopwatch.GetTimestamp();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var now = acks.ReactionCount;
            if (now != last)
            {
                last = now;
                quietSince = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(quietSince) > TimeSpan.FromSeconds(2))
            {
                return;
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Replies posted while the bot is stopped, as fast as the fake takes them; their post ids.</summary>
    public async Task<List<string>> PostWhileAwayAsync(int count)
    {
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var k = Interlocked.Increment(ref _next) - 1;
            var volunteer = seeds.Volunteers[k % seeds.Volunteers.Count];
            var mission = seeds.Missions[k / seeds.Volunteers.Count % seeds.Missions.Count];
            ids.Add((await fake.UserPostsAsync(volunteer, fake.MissionsChannel.Id, "je suis partant !", mission.AnnouncementPostId)).Id);
        }
        return ids;
    }

    /// <summary>Waits until every one of <paramref name="postIds"/> has the bot's ✅; false at the deadline.</summary>
    public async Task<bool> WaitForReactionsAsync(IReadOnlyCollection<string> postIds, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!postIds.All(id => acks.ReactionTo(id) is not null))
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                return false;
            }
            await Task.Delay(20);
        }
        return true;
    }

    /// <summary>
    /// One line per reply, in the order they were posted: ms since the step's first reply, end-to-end ms, the bot's
    /// own ms (-1 when unanswered). Periodic stalls show as slow replies at regular intervals (RESULTS.md, item 39).
    /// </summary>
    private void WriteLatencies(string path, List<(string PostId, string UserId, long At)> sent)
    {
        var first = sent.Min(s => s.At);
        File.WriteAllLines(path, sent.OrderBy(s => s.At).Select(s =>
        {
            var done = AnsweredAt(s.PostId, s.UserId, s.At, echo: false);
            var total = done is { } end ? Stopwatch.GetElapsedTime(s.At, end).TotalMilliseconds : -1;
            var own = OwnShare(s.UserId, s.At, done) ?? -1;
            return FormattableString.Invariant($"{Stopwatch.GetElapsedTime(first, s.At).TotalMilliseconds:0.0},{total:0.00},{own:0.00}");
        }));
    }

    private long? AnsweredAt(string postId, string userId, long at, bool echo)
    {
        if (echo)
        {
            return acks.EchoOf(postId);
        }
        var reaction = acks.ReactionTo(postId);
        var direct = acks.DirectMessageTo(userId, at);
        return reaction is null || direct is null ? null : Math.Max(reaction.Value, direct.Value);
    }
}

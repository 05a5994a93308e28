using System.Diagnostics;
using System.Globalization;
using MissionBot.LoadDriver;
using MissionBot.Tests.Fakes;
using MissionBot.Tests.Fakes.Mattermost;

// Load driver: the fake Mattermost in this process, the real bot (and then Hubot) as a pinned child process.
var options = DriverOptions.Parse(args);
if (OperatingSystem.IsLinux() && Environment.ProcessorCount > 1)
{
    // Keep the driver and the fake off the bot's core, so "one core" means the bot's alone.
    Process.GetCurrentProcess().ProcessorAffinity = (nint)(((1L << Environment.ProcessorCount) - 1) & ~(1L << options.BotCore));
}
var report = new LoadReport();
await using var fake = await FakeMattermostServer.StartAsync();
var seeds = new Seeder(fake);
await seeds.SeedChatAsync(options.People, options.Missions);
var acks = new AckLog(fake);
var replies = new ReplyLoad(fake, seeds, acks);
var dbPath = Path.Combine(Path.GetTempPath(), $"missionbot-bench-{Guid.NewGuid():N}.db");
try
{
    seeds.WriteDatabase(dbPath, extraPeople: 0);
    var (bot, commandUrl, coldStart) = await MissionBotProcess.StartAsync(fake, options, dbPath);
    await using (bot)
    {
        report.ColdStartMilliseconds = coldStart.TotalMilliseconds;
        report.Fact("MissionBot cold start → connected", coldStart.TotalMilliseconds, "ms");
        report.Fact($"MissionBot resident memory after start ({options.People} people)", bot.ResidentMegabytes(), "MB");
        var commands = new CommandLoad(fake, seeds, commandUrl);
        // Warm-up, not reported: both kinds of load together, so that the hot code gets optimised.
        await Task.WhenAll(commands.RunAsync(50, options.Warmup), replies.RunAsync(50, options.Warmup, echo: false));
        await replies.SettleAsync();
        await QuietAsync(bot);
        foreach (var rate in options.CommandRates)
        {
            report.Commands.Add(Log("command", await commands.RunAsync(rate, options.StepDuration)));
        }
        foreach (var rate in options.ReplyRates)
        {
            var processorBefore = bot.ProcessorTime();
            var editsBefore = fake.Requests.Count(r => r.Method == "PUT");
            var sample = await replies.RunAsync(rate, options.StepDuration, echo: false);
            // Each rate starts from an idle bot: the backlog of a saturated step is not charged to the next one.
            // The processor time runs to the end of that backlog (owner notices, announcement edits included).
            await replies.SettleAsync();
            await QuietAsync(bot);
            report.Replies.Add(Log("reply", WithProcessorTime(sample, bot.ProcessorTime() - processorBefore)));
            // Edits of one announcement replace each other while waiting: fewer edits than replies is less work.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  announcement edits sent: {fake.Requests.Count(r => r.Method == "PUT") - editsBefore}"));
        }
        report.Fact("MissionBot processor time while idle (timers), after the load", await IdleMillisecondsPerSecondAsync(bot), "ms/s");
        report.BotRssAfterLoad = bot.ResidentMegabytes();
        report.Fact("MissionBot resident memory after the load", report.BotRssAfterLoad, "MB");
        var measured = report.Replies.Concat(report.Commands).ToList();
        if (measured.Count > 0 && measured.All(s => s.Sent > 0 && s.Missing == s.Sent))
        {
            throw new InvalidOperationException("The bot answered nothing:" + Environment.NewLine + bot.Tail());
        }
    }
    await fake.WaitUntilAsync(() => fake.ConnectedWebSockets == 0, "the bot's websocket to close", TimeSpan.FromSeconds(10));
    if (options.MissedPosts > 0)
    {
        await MeasureCatchUpAsync();
    }

    if (options.Smoke)
    {
        await RocketChatSmoke.RunAsync(options);
    }
    if (options.HubotDir.Length > 0)
    {
        await MeasureHubotAsync();
    }
    if (options.LargePeople > 0)
    {
        await MeasureLargeAsync();
    }
}
finally
{
    TestDatabases.Delete(dbPath);
}
var markdown = report.ToMarkdown(options);
await File.WriteAllTextAsync(options.Output, markdown);
Console.WriteLine(markdown);
return 0;

async Task MeasureHubotAsync()
{
    try
    {
        var (hubot, coldStart) = await HubotProcess.StartAsync(fake, options);
        await using (hubot)
        {
            report.Fact("Hubot cold start → websocket connected", coldStart.TotalMilliseconds, "ms");
            var warm = await replies.RunAsync(options.ReplyRates[0], TimeSpan.FromSeconds(1), echo: true);
            if (warm.Milliseconds.Count == 0)
            {
                report.HubotProblem = "it connected but echoed nothing. Its output:\n```\n" + hubot.Tail() + "\n```";
                return;
            }
            report.Fact("Hubot resident memory after start", hubot.ResidentMegabytes(), "MB");
            foreach (var rate in options.ReplyRates)
            {
                var processorBefore = hubot.ProcessorTime();
                var sample = await replies.RunAsync(rate, options.StepDuration, echo: true);
                report.HubotReplies.Add(Log("hubot", WithProcessorTime(sample, hubot.ProcessorTime() - processorBefore)));
            }
            report.HubotRssAfterLoad = hubot.ResidentMegabytes();
            report.Fact("Hubot resident memory after the load", report.HubotRssAfterLoad, "MB");
            var (inThread, all) = acks.EchoPlacement;
            report.Fact("Hubot echoes posted in the thread (root_id set)", inThread, "of " + all.ToString(CultureInfo.InvariantCulture));
        }
        await fake.WaitUntilAsync(() => fake.ConnectedWebSockets == 0, "Hubot's websocket to close", TimeSpan.FromSeconds(10));
    }
    catch (Exception e) when (e is TimeoutException or InvalidOperationException)
    {
        report.HubotProblem = e.Message;
    }
}

async Task MeasureCatchUpAsync()
{
    var missed = await replies.PostWhileAwayAsync(options.MissedPosts);
    var (bot, _, coldStart) = await MissionBotProcess.StartAsync(fake, options, dbPath);
    await using (bot)
    {
        var clock = Stopwatch.StartNew();
        var all = await replies.WaitForReactionsAsync(missed, TimeSpan.FromMinutes(10));
        var seconds = clock.Elapsed.TotalSeconds;
        var count = missed.Count.ToString("N0", CultureInfo.InvariantCulture);
        report.Fact($"Catching up {count} replies posted while the bot was stopped (connected → every ✅)", seconds, all ? "s" : "s (not all caught up)");
        report.Fact("Catch-up rate", missed.Count(id => acks.ReactionTo(id) is not null) / seconds, "replies/s");
        report.Fact("Cold start → connected on that restart", coldStart.TotalMilliseconds, "ms");
    }
    await fake.WaitUntilAsync(() => fake.ConnectedWebSockets == 0, "the bot's websocket to close", TimeSpan.FromSeconds(10));
}

async Task MeasureLargeAsync()
{
    var largePath = Path.Combine(Path.GetTempPath(), $"missionbot-bench-large-{Guid.NewGuid():N}.db");
    try
    {
        seeds.WriteDatabase(largePath, extraPeople: options.LargePeople - options.People);
        var (bot, _, coldStart) = await MissionBotProcess.StartAsync(fake, options, largePath);
        await using (bot)
        {
            var people = options.LargePeople.ToString("N0", CultureInfo.InvariantCulture);
            report.Fact($"MissionBot cold start → connected ({people} people)", coldStart.TotalMilliseconds, "ms");
            report.Fact($"MissionBot resident memory after start ({people} people)", bot.ResidentMegabytes(), "MB");
            await replies.RunAsync(50, options.Warmup, echo: false);   // warm-up, not reported
            await replies.SettleAsync();
            var sample = await replies.RunAsync(100, options.StepDuration, echo: false);
            report.Fact($"Replies at 100/s with {people} people: p99", sample.P99, "ms");
            report.LargeRssAfterLoad = bot.ResidentMegabytes();
            report.Fact($"MissionBot resident memory after that load ({people} people)", report.LargeRssAfterLoad, "MB");
        }
        await fake.WaitUntilAsync(() => fake.ConnectedWebSockets == 0, "the bot's websocket to close", TimeSpan.FromSeconds(10));
    }
    finally
    {
        TestDatabases.Delete(largePath);
    }
}

static LatencySample Log(string what, LatencySample s)
{
    var core = double.IsNaN(s.CoreMillisecondsPerAnswer) ? "" : string.Create(CultureInfo.InvariantCulture, $", core {s.CoreMillisecondsPerAnswer:0.##} ms/answer");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what} @ {s.OfferedRate}/s: sent {s.Sent}, unanswered {s.Missing}, p50 {s.P50:0.#} ms, p99 {s.P99:0.#} ms{core}"));
    return s;
}

// Only for a step where every reply was answered in time: otherwise the time spent on the late ones would be
// charged to the others.
static LatencySample WithProcessorTime(LatencySample s, TimeSpan used) =>
    s with { CoreMillisecondsPerAnswer = s.Missing == 0 && s.Sent > 0 ? used.TotalMilliseconds / s.Sent : double.NaN };

// Waits until the process stops using the processor (under 5 % of a core over half a second, a minute at most):
// its backlog is worked off, including what the driver does not see arrive (owner notices, edits, the JIT's
// background compilations after the warm-up).
static async Task QuietAsync(PinnedProcess process)
{
    var window = TimeSpan.FromMilliseconds(500);
    var deadline = Stopwatch.GetTimestamp() + 60 * Stopwatch.Frequency;
    while (Stopwatch.GetTimestamp() < deadline)
    {
        if (await ProcessorTimeOverAsync(process, window) < window * 0.05)
        {
            return;
        }
    }
}

// What the bot spends doing nothing (its timers): the floor under every per-answer figure, which includes the
// quiet time that ends each step.
static async Task<double> IdleMillisecondsPerSecondAsync(PinnedProcess process)
{
    var window = TimeSpan.FromSeconds(3);
    return (await ProcessorTimeOverAsync(process, window)).TotalMilliseconds / window.TotalSeconds;
}

static async Task<TimeSpan> ProcessorTimeOverAsync(PinnedProcess process, TimeSpan window)
{
    var before = process.ProcessorTime();
    await Task.Delay(window);
    return process.ProcessorTime() - before;
}


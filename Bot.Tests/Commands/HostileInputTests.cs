using System.Text.RegularExpressions;
using MissionBot.Chat;
using MissionBot.Commands;
using MissionBot.Interpellation;
using MissionBot.Texts;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Commands;

/// <summary>
/// Fuzzing through the real <see cref="IChatInbox"/>: thousands of random and adversarial lines typed as
/// commands and sent as DMs. No exception, every line gets a friendly answer that fits the platform and pings
/// nobody, and a refused line changes nothing.
/// </summary>
public sealed partial class HostileInputTests
{
    private const int Seed = 20261123;
    private const int Lines = 10_000;

    /// <summary>DMs go through the same command parser plus the outbox (a LiteDB write per answer): fewer keep the suite fast.</summary>
    private const int DirectMessageLines = 3_000;

    [Test]
    public async Task TenThousandHostileCommands_AreEachAnsweredFriendly_AndRefusedOnesChangeNothing()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        await bot.CommandAsync(alice, "new Mission d'accueil | pour tester");
        var failures = new List<string>();
        var handled = 0;
        var before = Counts(bot);

        foreach (var line in HostileLines.Generate(Seed, Lines))
        {
            CommandReply reply;
            try
            {
                reply = await bot.CommandAsync(alice, line);
            }
            catch (Exception ex)
            {
                failures.Add($"{Show(line)} threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            handled++;
            var problem = Check(bot, reply.PrivateText);
            if (problem is not null)
            {
                failures.Add($"{Show(line)}: {problem}");
            }
            var after = Counts(bot);
            if (reply.IsError && after != before)
            {
                failures.Add($"{Show(line)} was refused but changed the database");
            }
            before = after;
        }

        Assert.Multiple(() =>
        {
            Assert.That(handled, Is.EqualTo(Lines));
            Assert.That(failures.Take(20), Is.Empty, $"{failures.Count} problem(s)");
        });
    }

    [Test]
    public async Task ThousandsOfHostileDirectMessages_AreEachAnsweredOnce_AndOnlyValidCommandsChangeMissions()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        await bot.CommandAsync(alice, "new Mission d'accueil | pour tester");
        var failures = new List<string>();
        var number = 0;

        foreach (var line in HostileLines.Generate(Seed + 1, DirectMessageLines))
        {
            var sentBefore = bot.Chat.Sent.Count;
            var candidaciesBefore = bot.Database.Candidacies.Count();
            var missionsBefore = bot.Database.Missions.Count();
            var message = new IncomingMessage($"dm-{++number}", $"dm-{bob.Id}", ChannelKind.Direct, null, bob, line, bot.Clock.GetUtcNow());
            try
            {
                await bot.Inbox.HandleMessageAsync(message, CancellationToken.None);
            }
            catch (Exception ex)
            {
                failures.Add($"{Show(line)} threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            var answers = bot.Chat.Sent.Skip(sentBefore).Where(m => m.Post.ChannelId == message.ChannelId).ToList();
            if (answers.Count != 1)
            {
                failures.Add($"{Show(line)} got {answers.Count} answers");
                continue;
            }
            var problem = Check(bot, answers[0].Message.Text);
            if (problem is not null)
            {
                failures.Add($"{Show(line)}: {problem}");
            }
            var changedMissions = bot.Database.Missions.Count() != missionsBefore;
            var changedCandidacies = bot.Database.Candidacies.Count() != candidaciesBefore;
            if ((changedMissions || changedCandidacies) && !IsAValidCommand(bot, line))
            {
                failures.Add($"{Show(line)} changed missions or candidacies");
            }
        }

        Assert.That(failures.Take(20), Is.Empty, $"{failures.Count} problem(s)");
    }

    [Test]
    public void TenThousandHostileLines_ReadAsAnswersToTheBotsQuestions_NeverThrow_AndReadTheSameTwice()
    {
        var failures = new List<string>();
        foreach (var line in HostileLines.Generate(Seed + 2, Lines))
        {
            try
            {
                var first = DmAnswerParser.Parse(line);
                var again = DmAnswerParser.Parse(line);
                if (first.Kind != again.Kind || first.MissionNumber != again.MissionNumber || !first.NameList.SequenceEqual(again.NameList))
                {
                    failures.Add($"{Show(line)} read differently twice");
                }
                if (first.NameList.Any(n => n.Length == 0 || n.Any(char.IsWhiteSpace) || n.Any(char.IsControl)))
                {
                    failures.Add($"{Show(line)} gave a name that is no username: {string.Join(", ", first.NameList)}");
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{Show(line)} threw {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.That(failures.Take(20), Is.Empty, $"{failures.Count} problem(s)");
    }

    [Test]
    public async Task HostileAnswersToAPingAndToACooptationQuestion_AreEachAnsweredOnce_AndUnreadableOnesChangeNothing()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var carol = bot.Chat.AddUser("carol");
        await bot.CommandAsync(bob, "skills add wordpress");
        await bot.CommandAsync(alice, "new Refonte du site | compétences: wordpress");
        await bot.CommandAsync(alice, "ping 1");
        await bot.CommandAsync(alice, "coopt 1 @carol");
        Assert.That(bot.Chat.DirectsTo(bob).Concat(bot.Chat.DirectsTo(carol)).ToList(), Has.Count.EqualTo(2), "bob was pinged and carol asked");
        var failures = new List<string>();
        var number = 0;

        foreach (var line in HostileLines.Generate(Seed + 3, DirectMessageLines))
        {
            var person = number % 2 == 0 ? bob : carol;
            var sentBefore = bot.Chat.Sent.Count;
            var before = Counts(bot);
            var message = new IncomingMessage($"answer-{++number}", $"dm-{person.Id}", ChannelKind.Direct, null, person, line, bot.Clock.GetUtcNow());
            try
            {
                await bot.Inbox.HandleMessageAsync(message, CancellationToken.None);
            }
            catch (Exception ex)
            {
                failures.Add($"{Show(line)} threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            var answers = bot.Chat.Sent.Skip(sentBefore).Where(m => m.Post.ChannelId == message.ChannelId || m.DirectTo == person.Id).ToList();
            if (answers.Count == 0)
            {
                failures.Add($"{Show(line)} from {person.Username} got no answer");
            }
            foreach (var problem in answers.Select(a => Check(bot, a.Message.Text)).OfType<string>())
            {
                failures.Add($"{Show(line)}: {problem}");
            }
            var unreadable = DmAnswerParser.Parse(line).Kind == DmAnswerKind.Unclear && !IsAValidCommand(bot, line);
            if (unreadable && Counts(bot) != before)
            {
                failures.Add($"{Show(line)} was unreadable but changed missions, candidacies or people");
            }
        }

        Assert.That(failures.Take(20), Is.Empty, $"{failures.Count} problem(s)");
    }

    private static (int Missions, int Candidacies, int People) Counts(EngineHarness bot) =>
        (bot.Database.Missions.Count(), bot.Database.Candidacies.Count(), bot.Database.People.Count());

    /// <summary>What makes an answer unfriendly or unsafe; null when it is fine.</summary>
    private static string? Check(EngineHarness bot, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty answer";
        }
        if (text == bot.Get<BotTexts>().SomethingWentWrong())
        {
            return "answered 'something went wrong' (an exception inside)";
        }
        if (text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal))
        {
            return "answer shows internals";
        }
        if (MassMention().IsMatch(text))
        {
            return "answer would ping the whole channel";
        }
        return bot.Chat.MeasureLength(text) > bot.Chat.MaxMessageLength ? "answer longer than the platform accepts" : null;
    }

    /// <summary>A fuzz line can be a genuine command ("join 1"): only those may change missions or candidacies.</summary>
    private static bool IsAValidCommand(EngineHarness bot, string line)
    {
        var parser = bot.Get<CommandParser>();
        var trimmed = line.Trim();
        var withoutPrefix = MissionPrefix().Replace(trimmed, "");
        return new[] { trimmed, withoutPrefix }.Select(parser.Parse).Any(c => c is not InvalidCommand and not HelpCommand);
    }

    [GeneratedRegex(@"^[/!]?mission(\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MissionPrefix();

    private static string Show(string line) => line.Length > 60 ? $"\"{line[..60]}…\" ({line.Length} chars)" : $"\"{line}\"";

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])@(channel|all|here|everyone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MassMention();
}

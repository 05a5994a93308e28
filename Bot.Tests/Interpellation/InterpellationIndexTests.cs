using MissionBot.Chat;
using MissionBot.Interpellation;
using MissionBot.People;
using MissionBot.People.Skills;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Interpellation;

public sealed class InterpellationIndexTests
{
    [Test]
    public void TopOf_SelectsTheSameHeadAsAFullSort()
    {
        var random = new Random(42);
        var pool = Enumerable.Range(0, 1000)
            .Select(i => new ScoredMember(new MemberFacts($"u{i}", $"m{i:D4}"), Math.Round(random.NextDouble() * 20), random.Next(3)))
            .ToList();
        var sorted = pool.ToList();
        sorted.Sort((a, b) => PingScoring.Compare(a, b));

        var top = InterpellationIndex.TopOf(pool, 10);

        Assert.That(top.Select(s => s.Member.Username), Is.EqualTo(sorted.Take(10).Select(s => s.Member.Username)));
    }

    [Test]
    public void Rank_WhenTheBestRankedMayNotBeAsked_LooksFurtherDown()
    {
        using var bot = new EngineHarness();
        var profiles = bot.Get<ProfileService>();
        var wordpress = new Skill("wordpress", "WordPress");
        var design = new Skill("graphisme", "graphisme");
        // 60 people fit best (two skills) but asked never to be pinged; 10 fit with one skill.
        for (var i = 0; i < 60; i++)
        {
            var user = new ChatUser($"u-s{i}", $"s{i:D2}");
            profiles.AddSkills(user, [wordpress, design]);
            profiles.Stop(user);
        }
        for (var i = 0; i < 10; i++)
        {
            profiles.AddSkills(new ChatUser($"u-o{i}", $"o{i:D2}"), [wordpress]);
        }
        var mission = new MissionProfile(1, "u-owner", [wordpress, design], "", EntryDoor: false);

        var outcome = bot.Get<InterpellationIndex>().Rank(mission, RankingPurpose.Ping, 5, new HashSet<string>(), new HashSet<string>());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.PoolSize, Is.EqualTo(70));
            Assert.That(outcome.Candidates.Select(c => c.Username).Take(5), Is.EqualTo(new[] { "o00", "o01", "o02", "o03", "o04" }));
            Assert.That(outcome.Skipped, Has.Count.EqualTo(60));
            Assert.That(outcome.Skipped.Select(s => s.Reason).Distinct(), Is.EqualTo(new[] { SkipReason.Stopped }));
        });
    }

    [Test]
    public void Rank_ReadsTheSameFactsAsTheScoringFunction()
    {
        using var bot = new EngineHarness();
        var profiles = bot.Get<ProfileService>();
        var index = bot.Get<InterpellationIndex>();
        var wordpress = new Skill("wordpress", "WordPress");
        var design = new Skill("graphisme", "graphisme");
        var random = new Random(7);
        var done = new MissionBot.Missions.Mission { Number = 99, Skills = ["wordpress"] };
        for (var i = 0; i < 40; i++)
        {
            var user = new ChatUser($"u-m{i}", $"m{i:D2}");
            profiles.AddSkills(user, random.Next(2) == 0 ? [wordpress] : [wordpress, design]);
            if (random.Next(3) == 0)
            {
                profiles.SetPlace(user, "Lyon");
            }
            var person = new Person { Id = user.Id, Username = user.Username, FirstSeenAt = bot.Clock.GetUtcNow().UtcDateTime.AddDays(-random.Next(200)) };
            if (random.Next(3) == 0)
            {
                index.AddCooptation(person, ["graphisme"]);
            }
            if (random.Next(4) == 0)
            {
                index.AddMissionDone(person, done, bot.Clock.GetUtcNow().UtcDateTime.AddDays(-random.Next(200)));
            }
            // Zero to five pings: rows hold three, more are read from the member's own list.
            profiles.SetLimit(user, 10);
            for (var p = random.Next(6); p > 0; p--)
            {
                Assert.That(index.TryReserve(person, 1000 + (i * 10) + p, PingKind.Ping).Refusal, Is.Null);
                bot.Clock.Advance(TimeSpan.FromHours(random.Next(1, 10)));
            }
        }
        bot.Clock.Advance(TimeSpan.FromDays(3));
        Assert.That(Enumerable.Range(0, 40).Count(i => index.Find($"u-m{i}")!.PingTimes.Count > MemberRow.InlinePings), Is.GreaterThan(0));
        var mission = new MissionProfile(1, "u-owner", [wordpress, design], "lyon", EntryDoor: true);

        var outcome = index.Rank(mission, RankingPurpose.Ping, 20, new HashSet<string>(), new HashSet<string>());

        var now = bot.Clock.GetUtcNow().UtcDateTime;
        Assert.That(outcome.Candidates, Has.Count.EqualTo(40));
        foreach (var ranked in outcome.Candidates)
        {
            var expected = PingScoring.Gather(index.Find(ranked.PersonId)!, mission, now);
            Assert.That(ranked.Facts, Is.EqualTo(expected), ranked.Username);
            Assert.That(ranked.Score, Is.EqualTo(PingScoring.Value(expected, mission.EntryDoor)), ranked.Username);
        }
        Assert.That(outcome.Candidates.Select(c => c.Score), Is.Ordered.Descending);
    }
}

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
            .Select(i => new ScoredMember(new MemberFacts($"u{i}", $"m{i:D4}"), default, Math.Round(random.NextDouble() * 20)))
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
}

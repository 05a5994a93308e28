using MissionBot.Interpellation;
using MissionBot.People.Skills;

namespace MissionBot.Tests.Interpellation;

public sealed class PingScoringTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static readonly MissionProfile WordPressInLyon =
        new(12, "u-owner", [new Skill("wordpress", "WordPress"), new Skill("graphisme", "graphisme")], "lyon", EntryDoor: false);

    private static MemberFacts Member(string name, params string[] declared) =>
        new($"u-{name}", name) { FirstSeenAt = Now.AddYears(-1), Declared = declared.Select(k => new Skill(k, k)).ToArray() };

    private static double Score(MemberFacts member, MissionProfile mission) =>
        PingScoring.Value(PingScoring.Gather(member, mission, Now), mission.EntryDoor);

    private static ScoredMember Scored(MemberFacts member, MissionProfile mission)
    {
        var facts = PingScoring.Gather(member, mission, Now);
        return new ScoredMember(member, PingScoring.Value(facts, mission.EntryDoor), facts.PingsInHistory);
    }

    [Test]
    public void Gather_CountsDeclaredCooptedDoneAndPlace()
    {
        var bob = Member("bob", "wordpress");
        bob.CooptedFor["graphisme"] = 2;
        bob.DoneWith["wordpress"] = 1;
        bob.MissionDates.Add(Now.AddDays(-10));
        bob.PlaceKey = "lyon";

        var facts = PingScoring.Gather(bob, WordPressInLyon, Now);

        Assert.That(facts, Is.EqualTo(new MatchFacts(
            DeclaredMatches: 1, Cooptations: 2, MissionsDone: 1, PlaceMatch: true, RecentPings: 0, RecentMissions: 1,
            PingsInHistory: 0, MissionsDoneTotal: 1, RecentArrival: false)));
    }

    [Test]
    public void Value_TwoDeclaredSkills_BeatsOne()
    {
        Assert.That(Score(Member("bob", "wordpress", "graphisme"), WordPressInLyon),
            Is.GreaterThan(Score(Member("carol", "wordpress"), WordPressInLyon)));
    }

    [Test]
    public void Value_Cooptation_AddsToADeclaredSkill()
    {
        var coopted = Member("bob", "wordpress");
        coopted.CooptedFor["wordpress"] = 1;

        Assert.That(Score(coopted, WordPressInLyon), Is.EqualTo(Score(Member("carol", "wordpress"), WordPressInLyon) + ScoringWeights.PerCooptation));
    }

    [Test]
    public void Value_TenCooptations_CountAsThree()
    {
        var many = Member("bob");
        many.CooptedFor["wordpress"] = 10;
        var three = Member("carol");
        three.CooptedFor["wordpress"] = 3;

        Assert.That(Score(many, WordPressInLyon), Is.EqualTo(Score(three, WordPressInLyon)));
    }

    [Test]
    public void Value_SamePlace_RanksHigher()
    {
        var local = Member("bob", "wordpress");
        local.PlaceKey = "lyon";
        var far = Member("carol", "wordpress");
        far.PlaceKey = "brest";

        Assert.That(Score(local, WordPressInLyon), Is.GreaterThan(Score(far, WordPressInLyon)));
    }

    [Test]
    public void Value_RecentPings_LowerTheScore_OldOnesDoNot()
    {
        var pingedYesterday = Member("bob", "wordpress");
        pingedYesterday.PingTimes.Add(Now.AddDays(-1));
        var pingedLongAgo = Member("carol", "wordpress");
        pingedLongAgo.PingTimes.Add(Now.AddDays(-45));
        var neverPinged = Member("dan", "wordpress");

        Assert.That(Score(pingedYesterday, WordPressInLyon), Is.LessThan(Score(neverPinged, WordPressInLyon)));
        Assert.That(Score(pingedLongAgo, WordPressInLyon), Is.EqualTo(Score(neverPinged, WordPressInLyon)));
    }

    [Test]
    public void Compare_AmongEqualScores_TheOnePingedLongestAgoComesFirst()
    {
        var pingedLongAgo = Member("bob", "wordpress");
        pingedLongAgo.PingTimes.Add(Now.AddDays(-80));
        var neverPinged = Member("zoe", "wordpress");

        var order = new[] { Scored(pingedLongAgo, WordPressInLyon), Scored(neverPinged, WordPressInLyon) }.ToList();
        order.Sort((a, b) => PingScoring.Compare(a, b));

        Assert.That(order.Select(s => s.Member.Username), Is.EqualTo(new[] { "zoe", "bob" }));
    }

    [Test]
    public void Value_RecentMissions_LowerTheScore()
    {
        var busy = Member("bob", "wordpress");
        busy.MissionDates.AddRange([Now.AddDays(-20), Now.AddDays(-5)]);

        Assert.That(Score(busy, WordPressInLyon), Is.EqualTo(Score(Member("carol", "wordpress"), WordPressInLyon) - 2 * ScoringWeights.PerRecentMission));
    }

    [Test]
    public void Value_EntryDoorMission_PutsANewcomerAboveAVeteranWithTheSameSkill()
    {
        var entryDoor = WordPressInLyon with { EntryDoor = true };
        var newcomer = Member("new", "wordpress");
        newcomer.FirstSeenAt = Now.AddDays(-3);
        var veteran = Member("old", "wordpress");
        veteran.DoneWith["wordpress"] = 1;
        veteran.MissionDates.Add(Now.AddDays(-200));

        Assert.That(Score(newcomer, entryDoor), Is.GreaterThan(Score(veteran, entryDoor)));
        Assert.That(Score(newcomer, WordPressInLyon), Is.LessThan(Score(veteran, WordPressInLyon)), "an ordinary mission prefers experience");
    }

    [Test]
    public void TrustValue_MissionsDoneOrCooptations_ComeBeforeDeclaredSkills()
    {
        var declaredBoth = Member("bob", "wordpress", "graphisme");
        var didOne = Member("carol");
        didOne.DoneWith["wordpress"] = 1;

        var declared = PingScoring.TrustValue(PingScoring.Gather(declaredBoth, WordPressInLyon, Now));
        var experienced = PingScoring.TrustValue(PingScoring.Gather(didOne, WordPressInLyon, Now));

        Assert.That(experienced, Is.GreaterThan(declared));
    }

    [Test]
    public void Gather_NoEvidenceForTheMissionSkills_IsNoMatch()
    {
        var facts = PingScoring.Gather(Member("bob", "cuisine"), WordPressInLyon, Now);

        Assert.That(facts.SkillMatched, Is.False);
    }
}

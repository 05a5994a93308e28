using MissionBot.Commands;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.FollowUp;

public sealed class ContributionTermsTests
{
    private static IEnumerable<TestCaseData> Lines()
    {
        yield return new TestCaseData("Accompagnement | rémunérée | contribution: 5%", 5m, false, null).SetName("Percent");
        yield return new TestCaseData("Accompagnement | contribution: 2,5 % | payée", 2.5m, false, null).SetName("PercentBeforeThePaidFlag");
        yield return new TestCaseData("Coaching | paid | contribution: free", null, true, null).SetName("EnglishFree");
        yield return new TestCaseData("Accompagnement | rémunérée | Contribution : libre", null, true, null).SetName("FrenchFree");
        yield return new TestCaseData("Accompagnement | rémunérée", null, false, null).SetName("None");
        yield return new TestCaseData("Affiche | bénévole | contribution: 5%", null, false, CommandErrorKind.ContributionNeedsPaid).SetName("VolunteerMission");
        yield return new TestCaseData("Affiche | rémunérée | contribution: beaucoup", null, false, CommandErrorKind.BadContribution).SetName("Unreadable");
        yield return new TestCaseData("Affiche | rémunérée | contribution: 150%", null, false, CommandErrorKind.BadContribution).SetName("OverAHundred");
    }

    [TestCaseSource(nameof(Lines))]
    public void OneLineForm_ReadsTheContribution(string line, decimal? percent, bool free, CommandErrorKind? error)
    {
        using var bot = new EngineHarness();

        var result = bot.Get<MissionDraftParser>().Parse(line);

        Assert.That(result.Error?.Kind, Is.EqualTo(error));
        if (error is null)
        {
            Assert.That(result.Draft!.ContributionPercent, Is.EqualTo(percent));
            Assert.That(result.Draft.ContributionFree, Is.EqualTo(free));
        }
    }

    [Test]
    public async Task VolunteerMissionWithAContribution_IsExplainedAndNotPosted()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");

        var reply = await bot.CommandAsync(alice, "new Affiche | bénévole | contribution: 5%");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("missions rémunérées"));
        Assert.That(bot.Database.Missions.Count(), Is.Zero);
    }
}

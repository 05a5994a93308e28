using MissionBot.FollowUp;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.FollowUp;

public sealed class ContributionTests
{
    [Test]
    public async Task PaidMission_ShowsItsContribution_AndTheSelectedPersonRecordsWhatTheyGave()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var carol = bot.Chat.AddUser("carol");
        await bot.CommandAsync(alice, "new Accompagnement tiers-lieu | rémunérée | contribution: 5%");
        await bot.CommandAsync(bob, "join 1");
        await bot.CommandAsync(carol, "join 1");
        await bot.CommandAsync(alice, "select 1 @bob raison: profil");

        var recorded = await bot.CommandAsync(bob, "contribution 1 150€");
        var notSelected = await bot.CommandAsync(carol, "contribution 1 50€");

        var stored = bot.Get<MissionBot.Storage.ContributionRepository>().ForMission(1).Single();
        Assert.Multiple(() =>
        {
            Assert.That(bot.Chat.ChannelPosts("c-missions")[0].Text, Does.Contain("**Contribution au réseau :** 5 % du montant"));
            Assert.That(bot.Chat.DirectsTo(bob)[^1].Text, Does.Contain("contribution au réseau de 5 %").And.Contain("/mission contribution 1 150€"));
            Assert.That(recorded.PrivateText, Does.Contain("150 €").And.Contain("rapport annuel"));
            Assert.That(stored.Amount, Is.EqualTo(150m));
            Assert.That(stored.PersonId, Is.EqualTo(bob.Id));
            Assert.That(notSelected.IsError, Is.True);
            Assert.That(notSelected.PrivateText, Does.Contain("Seules les personnes retenues"));
        });
    }

    [Test]
    public async Task ContributionInKind_IsKeptAsText_AndVolunteerMissionsHaveNone()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        await bot.CommandAsync(alice, "new Accompagnement | rémunérée | contribution: libre");
        await bot.CommandAsync(alice, "new Affiche | bénévole");
        await bot.CommandAsync(bob, "join 1");
        await bot.CommandAsync(alice, "select 1 @bob");

        var inKind = await bot.CommandAsync(bob, "contribution 1 2 jours d'animation du réseau");
        var volunteer = await bot.CommandAsync(bob, "contribution 2 10€");

        Assert.That(bot.Chat.ChannelPosts("c-missions")[0].Text, Does.Contain("**Contribution au réseau :** libre"));
        Assert.That(inKind.PrivateText, Does.Contain("« 2 jours d'animation du réseau »"));
        Assert.That(bot.Get<MissionBot.Storage.ContributionRepository>().ForMission(1).Single().Amount, Is.Null);
        Assert.That(volunteer.IsError, Is.True);
        Assert.That(volunteer.PrivateText, Does.Contain("bénévole"));
    }

    private static IEnumerable<TestCaseData> Amounts()
    {
        yield return new TestCaseData("150€").Returns(150m);
        yield return new TestCaseData("150 €").Returns(150m);
        yield return new TestCaseData("150,50 euros").Returns(150.50m);
        yield return new TestCaseData("1 200 € HT").Returns(1200m);
        yield return new TestCaseData("€80").Returns(80m);
        yield return new TestCaseData("2 jours d'animation").Returns(null);
        yield return new TestCaseData("beaucoup").Returns(null);
    }

    [TestCaseSource(nameof(Amounts))]
    public decimal? Amount_IsReadAsPeopleWriteIt(string text) => ContributionService.ParseAmount(text);
}

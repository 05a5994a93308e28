using MissionBot.Decisions;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Decisions;

public sealed class ResponsivenessTests
{
    [Test]
    public async Task OwnersNextAnnouncement_ShowsShareAnsweredAndMedianDelay()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        var carol = bot.Chat.AddUser("carol");
        var dan = bot.Chat.AddUser("dan");
        var eve = bot.Chat.AddUser("eve");
        await bot.CommandAsync(alice, "new Affiche du festival");
        await bot.CommandAsync(bob, "join 1");                 // day 0
        bot.Clock.Advance(TimeSpan.FromDays(2));
        await bot.CommandAsync(carol, "join 1");               // day 2
        bot.Clock.Advance(TimeSpan.FromDays(1));
        await bot.CommandAsync(alice, "select 1 @bob raison: profil"); // day 3: answers after 3 days (bob) and 1 day (carol)
        await bot.CommandAsync(alice, "new Site web");
        await bot.CommandAsync(dan, "join 2");                 // day 3, never answered
        bot.Clock.Advance(TimeSpan.FromDays(8));
        await bot.CommandAsync(alice, "new Compta");
        await bot.CommandAsync(eve, "join 3");                 // day 11: too fresh to count as unanswered

        var announcement = bot.Chat.ChannelPosts("c-missions").Last(p => p.Text.Contains("Mission #3", StringComparison.Ordinal));

        // Counted: bob, carol (answered), dan (waiting 8 days > 7) = 3; answered 2 → 67 %; median of 3 days and 1 day = 2 days.
        Assert.That(announcement.Text, Does.Contain("**Réactivité :** 67 % de réponses, en 2 jours"));
        Assert.That(bot.Get<ResponsivenessService>().ForOwner(alice.Id), Is.EqualTo(new Responsiveness(3, 2, TimeSpan.FromDays(2))));
    }

    [Test]
    public async Task NewOwner_HasNoResponsivenessLineYet()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");

        await bot.CommandAsync(alice, "new Affiche du festival");

        Assert.That(bot.Chat.ChannelPosts("c-missions").Single().Text, Does.Not.Contain("Réactivité"));
        Assert.That(bot.Get<ResponsivenessService>().LineFor(alice.Id), Is.Null);
    }

    [Test]
    public async Task CandidaciesOlderThanTwelveMonths_DoNotCount()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        await bot.CommandAsync(alice, "new Affiche du festival");
        await bot.CommandAsync(bob, "join 1");

        bot.Clock.Advance(TimeSpan.FromDays(400));

        Assert.That(bot.Get<ResponsivenessService>().ForOwner(alice.Id).Counted, Is.Zero);
    }
}

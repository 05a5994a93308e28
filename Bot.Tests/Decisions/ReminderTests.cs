using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Decisions;

public sealed class ReminderTests
{
    private EngineHarness _bot = null!;
    private ChatUser _alice = null!;
    private ChatUser _bob = null!;

    [SetUp]
    public async Task SetUp()
    {
        _bot = new EngineHarness();
        _alice = _bot.Chat.AddUser("alice");
        _bob = _bot.Chat.AddUser("bob");
        await _bot.CommandAsync(_alice, "new Affiche du festival");
        await _bot.CommandAsync(_bob, "join 1");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    private int Reminders() => _bot.Chat.DirectsTo(_alice).Count(m => m.Text.StartsWith("Petit rappel", StringComparison.Ordinal));

    private Task<int> RunDueAsync() => _bot.Get<DecisionScheduler>().RunDueAsync(CancellationToken.None);

    [Test]
    public async Task Reminder_FiresAfterSevenDays_ThenAtMostEveryThreeDays_AndStopsOnceAnswered()
    {
        _bot.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(1));
        await RunDueAsync();
        var beforeSevenDays = Reminders();

        _bot.Clock.Advance(TimeSpan.FromHours(2));
        await RunDueAsync();
        var afterSevenDays = Reminders();
        var text = _bot.Chat.DirectsTo(_alice)[^1].Text;

        _bot.Clock.Advance(TimeSpan.FromDays(1));
        await RunDueAsync();
        var oneDayLater = Reminders();

        _bot.Clock.Advance(TimeSpan.FromDays(2));
        await RunDueAsync();
        var threeDaysLater = Reminders();

        await _bot.CommandAsync(_alice, "select 1 @bob");
        _bot.Clock.Advance(TimeSpan.FromDays(10));
        await RunDueAsync();

        Assert.Multiple(() =>
        {
            Assert.That(beforeSevenDays, Is.Zero);
            Assert.That(afterSevenDays, Is.EqualTo(1));
            Assert.That(text, Does.Contain("@bob").And.Contain("plus de 7 jours").And.Contain("/mission select 1 @bob"));
            Assert.That(oneDayLater, Is.EqualTo(1));
            Assert.That(threeDaysLater, Is.EqualTo(2));
            Assert.That(Reminders(), Is.EqualTo(2), "answered: no more reminders");
        });
    }

    [Test]
    public async Task ReminderDelay_ComesFromTheConfiguration()
    {
        using var bot = new EngineHarness(new Dictionary<string, string?> { ["Decisions:ReminderAfterDays"] = "2" });
        var alice = bot.Chat.AddUser("alice");
        var bob = bot.Chat.AddUser("bob");
        await bot.CommandAsync(alice, "new Affiche du festival");
        await bot.CommandAsync(bob, "join 1");

        bot.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await bot.Get<DecisionScheduler>().RunDueAsync(CancellationToken.None);

        Assert.That(bot.Chat.DirectsTo(alice)[^1].Text, Does.StartWith("Petit rappel").And.Contain("plus de 2 jours"));
    }

    [Test]
    public async Task Scheduler_RunsDueWorkOnItsOwnTimer_WhenTheClockMoves()
    {
        var scheduler = _bot.Get<DecisionScheduler>();
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            _bot.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));

            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (Reminders() == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.That(Reminders(), Is.EqualTo(1));
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }
}

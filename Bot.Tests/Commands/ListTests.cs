using System.Globalization;
using MissionBot.Missions;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Commands;

public sealed class ListTests
{
    [Test]
    public async Task List_WithManyOpenMissions_ShowsTheTwentyNewestFirst_AndHowManyAreOpen()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        for (var i = 1; i <= 25; i++)
        {
            await bot.CommandAsync(alice, "new Mission " + i.ToString(CultureInfo.InvariantCulture));
        }
        var closed = bot.Database.Missions.FindById(24);
        closed.Status = MissionStatus.Closed;
        bot.Database.Missions.Update(closed);

        var text = (await bot.CommandAsync(bot.Chat.AddUser("bob"), "list")).PrivateText;

        var shown = System.Text.RegularExpressions.Regex.Matches(text!, @"\*\*#(\d+)\*\*").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("**Missions ouvertes : les 20 plus récentes sur 24**"));
            Assert.That(shown, Is.EqualTo(new[] { 25 }.Concat(Enumerable.Range(4, 20).Reverse().Where(n => n != 24)).Take(20).ToList()));
            Assert.That(text, Does.Contain("`/mission show 25`"), "the example is a mission from the list");
        });
    }

    [Test]
    public async Task List_WithFewOpenMissions_ShowsThemAll_WithoutCounting()
    {
        using var bot = new EngineHarness();
        var alice = bot.Chat.AddUser("alice");
        await bot.CommandAsync(alice, "new Atelier vélo");
        await bot.CommandAsync(alice, "new Affiche du festival");

        var text = (await bot.CommandAsync(alice, "list")).PrivateText;

        Assert.That(text, Does.StartWith("**Missions ouvertes**\n- **#2** Affiche du festival\n- **#1** Atelier vélo"));
    }
}

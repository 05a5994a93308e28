using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Decisions;

public sealed class HelpTests
{
    [TestCase("fr", "select 12 @bob raison: disponibilités", "oublie-moi", "report 2026")]
    [TestCase("en", "select 12 @bob reason: availability", "forget-me", "report 2026")]
    public async Task Help_ListsTheDecisionCommands(string language, string select, string forget, string report)
    {
        using var bot = new EngineHarness(new Dictionary<string, string?> { ["Language"] = language });

        var help = await bot.CommandAsync(bot.Chat.AddUser("alice"), "help");

        Assert.That(help.PrivateText, Does.Contain(select).And.Contain(forget).And.Contain(report).And.Contain("jury 12 @a @b"));
    }
}

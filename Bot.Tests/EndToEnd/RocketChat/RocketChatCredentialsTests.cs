using Microsoft.Extensions.DependencyInjection;
using MissionBot.Chat;

namespace MissionBot.Tests.EndToEnd.RocketChat;

public sealed class RocketChatCredentialsTests
{
    [Test]
    public async Task WrongToken_IsReportedAsUnauthorized_AndTheBotKeepsTrying()
    {
        await using var bot = await RocketChatBotHost.StartAsync(new Dictionary<string, string?> { ["RocketChat:Token"] = "revoked-token" }, waitUntilListening: false);
        var status = bot.App.Services.GetRequiredService<ConnectionStatus>();

        await bot.Server.WaitUntilAsync(() => bot.Server.Calls.Count(c => c.Endpoint == "me" && c.Status == 401) >= 2, "the bot asked twice who it is");

        Assert.That(status.State, Is.EqualTo("unauthorized"));
        Assert.That(status.IsConnected, Is.False);
        Assert.That(bot.Server.BotListening, Is.False);
    }
}

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

    [Test]
    public async Task RealtimeLoginRefused_IsReported_ThenRetriedUntilAccepted()
    {
        await using var bot = await RocketChatBotHost.StartAsync(waitUntilListening: false, beforeStart: server => server.RefuseRealtimeLogins = true);
        var status = bot.App.Services.GetRequiredService<ConnectionStatus>();

        await bot.Server.WaitUntilAsync(() => bot.Server.RealtimeLoginAttempts >= 2, "the bot tried to log in again");
        var connectedWhileRefused = status.IsConnected;
        bot.Server.RefuseRealtimeLogins = false;

        await bot.Server.WaitUntilAsync(() => bot.Server.BotListening, "the bot logged in and subscribed once accepted");
        Assert.That(connectedWhileRefused, Is.False, "/health must not say connected while the realtime login is refused");
        Assert.That(bot.Server.ConnectionsAccepted, Is.GreaterThanOrEqualTo(2), "each retry starts a fresh connection");
    }
}

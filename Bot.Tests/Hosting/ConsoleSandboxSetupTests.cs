using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using MissionBot.Chat;
using MissionBot.Chat.Console;
using MissionBot.Chat.Outbox;
using MissionBot.Hosting;

namespace MissionBot.Tests.Hosting;

public sealed class ConsoleSandboxSetupTests
{
    [Test]
    public async Task ConsolePlatform_UsesTheConsoleChatAndOpensNoPort()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missionbot-setup-{Guid.NewGuid():N}.db");
        await using var app = BotApplication.Build([], new Dictionary<string, string?> { ["Platform"] = "", ["Storage:Path"] = path });

        Assert.Multiple(() =>
        {
            Assert.That(app.Services.GetRequiredService<IServer>(), Is.TypeOf<NoOpServer>());
            Assert.That(app.Services.GetRequiredService<IChatClient>(), Is.TypeOf<OutboxChatClient>(), "sends go through the outbox");
            Assert.That(app.Services.GetRequiredService<ConsoleChatClient>(), Is.Not.Null);
            Assert.That(app.Services.GetRequiredService<IChatClient>().Platform, Is.EqualTo("console"));
        });
        File.Delete(path);
    }
}

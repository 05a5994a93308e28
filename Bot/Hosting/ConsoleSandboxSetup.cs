using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MissionBot.Chat.Console;
using MissionBot.Texts;

namespace MissionBot.Hosting;

public static class ConsoleSandboxSetup
{
    /// <summary>
    /// The local sandbox: a chat simulated on stdin/stdout, the real domain below it, LiteDB in a local file,
    /// and no HTTP port.
    /// </summary>
    public static WebApplicationBuilder AddConsoleSandbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddConsoleChat(_ => ConsoleStreams.FromSystemConsole());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ConsoleSandbox>());
        builder.Services.RemoveAll<IServer>();
        builder.Services.AddSingleton<IServer, NoOpServer>();
        return builder;
    }

    /// <summary>The console chat and the sandbox that drives it, on the given streams (tests pass strings).</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, Func<IServiceProvider, ConsoleStreams> streams)
    {
        services.AddSingleton(streams);
        services.AddSingleton(sp => ConsoleTexts.For(sp.GetRequiredService<IOptions<BotOptions>>().Value.Language));
        services.AddChatPlatform<ConsoleChatClient>();
        services.AddSingleton<ConsoleSandbox>();
        return services;
    }
}

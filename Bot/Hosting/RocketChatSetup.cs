using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MissionBot.Chat.RocketChat;
using MissionBot.Texts;

namespace MissionBot.Hosting;

public static class RocketChatSetup
{
    /// <summary>
    /// The Rocket.Chat adapter: REST client, realtime listener, and texts that say "!mission" (the prefix people
    /// type here) instead of "/mission". The HTTP listener only serves /health on this platform.
    /// </summary>
    public static WebApplicationBuilder AddRocketChat(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RocketChatOptions>().Bind(builder.Configuration.GetSection(RocketChatOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RocketChatOptions>, RocketChatOptionsValidator>();
        services.AddOptions<HttpOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<HttpOptions>, RocketChatHttpOptionsValidator>();
        // Only /health listens here; a malformed value is reported by the validator above.
        var listen = builder.Configuration[$"{HttpOptions.Section}:{nameof(HttpOptions.Url)}"];
        builder.WebHost.UseUrls(AbsoluteHttpUrl.IsValid(listen) ? listen!.Trim() : new HttpOptions().Url);

        services.Replace(ServiceDescriptor.Singleton(sp => BotTexts.For(
            sp.GetRequiredService<IOptions<BotOptions>>().Value.Language,
            sp.GetRequiredService<IOptions<RocketChatOptions>>().Value.CommandPrefix.Trim())));

        services.AddSingleton<RocketChatApi>();
        services.AddChatPlatform<RocketChatClient>();
        services.AddSingleton<RocketChatMessageFilter>(_ => new RocketChatMessageFilter());
        services.AddSingleton<RocketChatDispatcher>();
        services.AddSingleton<RocketChatCatchUp>();
        services.AddSingleton<RocketChatRealtime>();
        services.AddHostedService<RocketChatListener>();
        return builder;
    }
}

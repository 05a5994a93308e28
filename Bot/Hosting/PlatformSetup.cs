using Microsoft.Extensions.Options;

namespace MissionBot.Hosting;

public static class PlatformSetup
{
    /// <summary>Registers the adapter of the chosen platform.</summary>
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder, string platform)
    {
        switch (platform)
        {
            case PlatformSelector.Console:
                builder.AddConsoleSandbox();
                break;
            case PlatformSelector.Mattermost:
                builder.AddMattermost();
                break;
            case PlatformSelector.RocketChat:
                builder.AddRocketChat();
                break;
            default:
                throw new OptionsValidationException(
                    "Platform",
                    typeof(BotOptions),
                    [$"MISSIONBOT_Platform: '{platform}' is not a platform this bot knows; use console, mattermost or rocketchat."]);
        }
        return builder;
    }

    /// <summary>Maps /health and the platform's webhooks.</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app, string platform)
    {
        app.MapHealth();
        if (platform == PlatformSelector.Mattermost)
        {
            app.MapMattermostEndpoints();
        }
        return app;
    }
}

using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Chat.Mattermost;
using MissionBot.Hosting.Mattermost;

namespace MissionBot.Hosting;

/// <summary>The Mattermost adapter: options checked at start, REST client, websocket, connector and webhooks.</summary>
public static class MattermostSetup
{
    public static WebApplicationBuilder AddMattermost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MattermostOptions>().Bind(builder.Configuration.GetSection(MattermostOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MattermostOptions>, MattermostOptionsValidator>();
        services.AddOptions<HttpOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<HttpOptions>, MattermostHttpOptionsValidator>();

        services.AddSingleton<MattermostRestClient>();
        services.AddSingleton<ActionSigner>();
        services.AddChatPlatform<MattermostChatClient>();
        services.AddSingleton<MattermostPostIntake>();
        services.AddSingleton<MattermostCatchUp>();
        services.AddSingleton<MattermostEventStream>();
        services.AddHostedService<MattermostConnector>();

        services.AddSingleton<RecentTriggers>();
        services.AddSingleton<ReplyBudget>();
        services.AddSingleton<ReplyText>();
        services.AddSingleton<MattermostCommandEndpoint>();
        services.AddSingleton<MattermostActionEndpoint>();
        services.AddSingleton<MattermostDialogEndpoint>();

        // Mattermost calls the bot back here; a malformed value is reported by the validator above.
        var listen = builder.Configuration[$"{HttpOptions.Section}:{nameof(HttpOptions.Url)}"];
        builder.WebHost.UseUrls(AbsoluteHttpUrl.IsValid(listen) ? listen!.Trim() : new HttpOptions().Url);
        return builder;
    }

    public static WebApplication MapMattermostEndpoints(this WebApplication app)
    {
        app.MapPost(MattermostCommandEndpoint.Path, (HttpContext http, MattermostCommandEndpoint endpoint) => endpoint.HandleAsync(http));
        app.MapPost(MattermostActionEndpoint.Path, (HttpContext http, MattermostActionEndpoint endpoint) => endpoint.HandleAsync(http));
        app.MapPost(MattermostDialogEndpoint.Path, (HttpContext http, MattermostDialogEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }
}

namespace MissionBot.Hosting;

// Placeholder: the Mattermost adapter registers itself here.
public static class MattermostSetup
{
    public static WebApplicationBuilder AddMattermost(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapMattermostEndpoints(this WebApplication app) => app;
}

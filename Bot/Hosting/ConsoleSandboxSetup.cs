namespace MissionBot.Hosting;

// Placeholder: the console sandbox registers itself here.
public static class ConsoleSandboxSetup
{
    public static WebApplicationBuilder AddConsoleSandbox(this WebApplicationBuilder builder) => builder;
}

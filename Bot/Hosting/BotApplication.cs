using Microsoft.Extensions.Options;
using Serilog;

namespace MissionBot.Hosting;

/// <summary>Builds and runs the bot's host: one place that wires configuration, logging and features.</summary>
public static class BotApplication
{
    /// <summary>Exit code when the configuration is missing or malformed.</summary>
    public const int ConfigurationErrorExitCode = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
            // Validate every option before the host resolves its services: services that read their options
            // when built would otherwise fail first, and a person would get a stack trace instead of the lines.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.StartAsync();
        }
        catch (Exception ex) when (ValidationFailures(ex) is { Count: > 0 } failures)
        {
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync(failure);
            }
            return ConfigurationErrorExitCode;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        await Log.CloseAndFlushAsync();
        return Environment.ExitCode;
    }

    /// <summary>Every failure line, whether one options class failed or several (an AggregateException).</summary>
    private static List<string> ValidationFailures(Exception ex) => ex switch
    {
        OptionsValidationException single => single.Failures.ToList(),
        AggregateException many when many.InnerExceptions.All(e => e is OptionsValidationException) =>
            many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).ToList(),
        _ => [],
    };

    /// <summary>
    /// Builds the host. Tests pass <paramref name="overrides"/> (configuration keys such as
    /// "Mattermost:Url") to point the real bot at a fake server.
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Configuration.Sources.Clear();
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "config", "appsettings.json"), optional: true)
            .AddEnvironmentVariables(prefix: "MISSIONBOT_")
            .AddCommandLine(args);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        var platform = PlatformSelector.Resolve(builder.Configuration);
        builder.AddBotLogging(platform);
        builder.Services.AddBotCore(builder.Configuration);
        builder.AddPlatform(platform);

        var app = builder.Build();
        app.MapBotEndpoints(platform);
        return app;
    }
}

using Microsoft.Extensions.Options;
using Serilog;

namespace MissionBot.Hosting;

/// <summary>Builds and runs the bot's host: one place that wires configuration, logging and features.</summary>
public static class BotApplication
{
    /// <summary>Exit code when the configuration is missing or malformed.</summary>
    public const int ConfigurationErrorExitCode = 2;

    /// <summary>
    /// How a value of the wrong type is reported while binding. The binder is generated into this assembly
    /// (Bot.csproj), so the exception's source cannot tell it apart; the wording is the same as the reflection binder's.
    /// </summary>
    private const string BindingFailure = "Failed to convert configuration value ";

    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
            // Check every option section before the host builds its services: all problems are reported
            // together, and nothing (database file, connections) is created from a bad configuration.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.StartAsync();
        }
        catch (OptionsValidationException ex)
        {
            await ReportAsync([ex]);
            return ConfigurationErrorExitCode;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // Several option sections failed at once (e.g. Mattermost and Http): report every line.
            await ReportAsync(ex.InnerExceptions.Cast<OptionsValidationException>());
            return ConfigurationErrorExitCode;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith(BindingFailure, StringComparison.Ordinal))
        {
            // A value of the wrong type (e.g. letters where seconds are expected) fails while binding.
            await Console.Error.WriteLineAsync(BindingProblem(ex));
            return ConfigurationErrorExitCode;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        await Log.CloseAndFlushAsync();
        return Environment.ExitCode;
    }

    private static async Task ReportAsync(IEnumerable<OptionsValidationException> failures)
    {
        foreach (var failure in failures.SelectMany(f => f.Failures))
        {
            await Console.Error.WriteLineAsync(failure);
        }
    }

    /// <summary>"Failed to convert configuration value 'abc' at 'Mattermost:X'..." → a line naming MISSIONBOT_Mattermost__X.</summary>
    private static string BindingProblem(InvalidOperationException ex)
    {
        var match = System.Text.RegularExpressions.Regex.Match(ex.Message, "at '([^']+)'");
        var variable = match.Success ? "MISSIONBOT_" + match.Groups[1].Value.Replace(":", "__", StringComparison.Ordinal) : "MISSIONBOT_...";
        return $"{variable}: the value has the wrong type ({ex.Message})";
    }

    /// <summary>
    /// Builds the host. Tests pass <paramref name="overrides"/> (configuration keys such as
    /// "Mattermost:Url") to point the real bot at a fake server, and may add services (e.g. a log sink).
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? addServices = null)
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
        addServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapBotEndpoints(platform);
        return app;
    }
}

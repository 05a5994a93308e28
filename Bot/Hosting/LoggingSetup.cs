using Serilog;
using Serilog.Events;

namespace MissionBot.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section. Logs go to stderr so that the console
    /// sandbox's transcript on stdout stays readable; in the sandbox only warnings are shown by default.
    /// </summary>
    public static WebApplicationBuilder AddBotLogging(this WebApplicationBuilder builder, string platform)
    {
        var sandbox = platform == PlatformSelector.Console;
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .MinimumLevel.Is(sandbox ? LogEventLevel.Warning : LogEventLevel.Information)
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
                // Each failed reconnection is logged in one line by MattermostEventStream; the library's own
                // log adds a stack trace per attempt, which floods the log during an outage.
                .MinimumLevel.Override("Websocket.Client", LogEventLevel.Fatal)
                .ReadFrom.Configuration(builder.Configuration)
                // Sinks registered as services (ILogEventSink) also receive every event: tests collect logs this way.
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    standardErrorFromLevel: LogEventLevel.Verbose,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        });
        return builder;
    }
}

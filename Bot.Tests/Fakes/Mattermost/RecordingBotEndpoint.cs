using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// A stand-in for the bot's HTTP side in the fake server's self-tests: records every request the fake sends
/// (slash commands, button clicks, dialog submissions) and answers 200 with <see cref="Reply"/> as JSON.
/// </summary>
public sealed class RecordingBotEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingBotEndpoint(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public ConcurrentQueue<BotEndpointCall> Calls { get; } = new();

    /// <summary>The JSON body of the next answers.</summary>
    public string Reply { get; set; } = """{"response_type":"ephemeral","text":"ok"}""";

    public static async Task<RecordingBotEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var endpoint = new RecordingBotEndpoint(builder.Build());
        endpoint._app.Run(endpoint.HandleAsync);
        await endpoint._app.StartAsync();
        endpoint.Url = endpoint._app.Urls.Single().TrimEnd('/');
        return endpoint;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Calls.Enqueue(new BotEndpointCall(context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType ?? "", body));
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Reply);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

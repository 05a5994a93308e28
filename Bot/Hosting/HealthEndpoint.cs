using System.Text.Json;
using MissionBot.Chat;

namespace MissionBot.Hosting;

public static class HealthEndpoint
{
    /// <summary>ASP.NET Core's own JSON defaults (camelCase), as the answer always had.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>GET /health: 200 with the connection state when connected, 503 otherwise.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health", (ConnectionStatus status) =>
        {
            var body = new { status = status.State, connected = status.IsConnected };
            return ReflectionJson.Result(body, Json, status.IsConnected ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}

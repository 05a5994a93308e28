using MissionBot.Chat;

namespace MissionBot.Hosting;

public static class HealthEndpoint
{
    /// <summary>GET /health: 200 with the connection state when connected, 503 otherwise.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health", (ConnectionStatus status) =>
        {
            var body = new { status = status.State, connected = status.IsConnected };
            return status.IsConnected ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// User preferences: nobody here has any. Other clients (hubot-matteruser, used by the benchmarks) read them on start.
public sealed partial class FakeMattermostServer
{
    private static void MapPreferenceRoutes(WebApplication app) =>
        app.MapGet("/api/v4/users/{user_id}/preferences", (HttpContext context, string user_id) =>
            IsSelf(context, user_id) ? Json(new JsonArray()) : Forbidden());
}

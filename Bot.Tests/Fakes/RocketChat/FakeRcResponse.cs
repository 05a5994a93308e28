using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>What a fake REST endpoint answers. <see cref="Body"/> null means a non-JSON body (a proxy's page).</summary>
public sealed record FakeRcResponse(int Status, JsonNode? Body, string? RawBody = null)
{
    public Dictionary<string, string> Headers { get; } = [];

    public static FakeRcResponse Ok(JsonObject body)
    {
        body["success"] = true;
        return new FakeRcResponse(200, body);
    }

    /// <summary>Rocket.Chat's failure shape: <c>{success:false, error, errorType?}</c>.</summary>
    public static FakeRcResponse Fail(int status, string error, string? errorType = null)
    {
        var body = new JsonObject { ["success"] = false, ["error"] = error };
        if (errorType is not null)
        {
            body["errorType"] = errorType;
        }
        return new FakeRcResponse(status, body);
    }

    /// <summary>The 401 of servers before 8.0 (the spec's shape).</summary>
    public static FakeRcResponse Unauthorized() =>
        new(401, new JsonObject { ["success"] = false, ["status"] = "error", ["message"] = "You must be logged in to do this." });
}

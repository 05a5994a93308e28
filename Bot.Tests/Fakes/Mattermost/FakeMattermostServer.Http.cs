using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// The HTTP edge: request log, injected faults, bearer authentication and Mattermost's error JSON.
public sealed partial class FakeMattermostServer
{
    private const string CallerKey = "fake-mattermost-caller";
    private const string ApiPrefix = "/api/v4/";

    private readonly List<FakeRequest> _requests = [];
    private readonly List<FakeFault> _faults = [];

    private async Task HandleHttpAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        if (path == WebSocketPath)
        {
            // The websocket handler records its own handshake: the request lasts as long as the socket.
            if (!await RefuseHandshakeDuringOutageAsync(context))
            {
                await next(context);
            }
            return;
        }
        context.Response.OnStarting(() =>
        {
            // Recorded before the client gets the answer, so a test never sees a response it cannot find here.
            RecordRequest(context, context.Response.StatusCode);
            return Task.CompletedTask;
        });
        await ApplyDelayAsync(request.Method, path, context.RequestAborted);
        var fault = TakeFault(request.Method, path);
        if (fault is not null)
        {
            await WriteFaultAsync(context, fault);
            return;
        }
        if (path.StartsWith(ApiPrefix, StringComparison.Ordinal) && !await PassRateLimitAsync(context))
        {
            return;
        }
        if (path.StartsWith(ApiPrefix, StringComparison.Ordinal) && !IsAnonymousPath(path))
        {
            var caller = Authenticate(request.Headers.Authorization.ToString());
            if (caller is null)
            {
                await Error(StatusCodes.Status401Unauthorized, "api.context.session_expired.app_error",
                    "Invalid or expired session, please login again.").ExecuteAsync(context);
                return;
            }
            context.Items[CallerKey] = caller;
        }
        await next(context);
    }

    private static bool IsAnonymousPath(string path) =>
        path is "/api/v4/config/client" or "/api/v4/system/ping";

    private void RecordRequest(HttpContext context, int status)
    {
        var request = context.Request;
        lock (_gate)
        {
            _requests.Add(new FakeRequest(request.Method, request.Path.Value ?? "", status) { Query = request.QueryString.Value ?? "" });
        }
        NotifyChanged();
    }

    /// <summary>Accepts "Bearer TOKEN" and "Token TOKEN" (any case), as Mattermost does.</summary>
    private FakeUser? Authenticate(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || header.Parameter is null
            || !(header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || header.Scheme.Equals("Token", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return FindUserByToken(header.Parameter);
    }

    private static FakeUser Caller(HttpContext context) =>
        context.Items[CallerKey] as FakeUser ?? throw new InvalidOperationException("This route was reached without authentication.");

    private static void MapFallbackRoute(WebApplication app) =>
        app.MapFallback("/api/v4/{**path}", () => Error(StatusCodes.Status404NotFound, "api.context.404.app_error", "Sorry, we could not find the page."));

    /// <summary>Makes an async handler bind as a route handler (its IResult is written) rather than as a
    /// RequestDelegate, which would silently discard the result.</summary>
    private static Delegate Handler(Func<HttpContext, Task<IResult>> handler) => handler;

    private static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Text(node.ToJsonString(), "application/json", Encoding.UTF8, status);

    private static IResult Error(int status, string id, string message, string detailedError = "") =>
        Json(MattermostJson.Error(id, message, status, detailedError), status);

    private static IResult Forbidden() =>
        Error(StatusCodes.Status403Forbidden, "api.context.permissions.app_error", "You do not have the appropriate permissions.");

    private static IResult InvalidBody(string parameter, string detailedError = "") =>
        Error(StatusCodes.Status400BadRequest, "api.context.invalid_body_param.app_error",
            $"Invalid or missing {parameter} in request body.", detailedError);

    private static IResult InvalidUrlParameter(string parameter) =>
        Error(StatusCodes.Status400BadRequest, "api.context.invalid_url_param.app_error",
            $"Invalid or missing {parameter} parameter in request URL.");

    /// <summary>The request body as JSON, or null when it is missing or not JSON.</summary>
    private static async Task<JsonNode?> ReadJsonAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private FakeFault? TakeFault(string method, string path)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.Matches(method, path));
            if (fault is not null)
            {
                fault.Remaining--;
            }
            return fault;
        }
    }

    private static async Task WriteFaultAsync(HttpContext context, FakeFault fault)
    {
        if (fault.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            // Mattermost's limiter answers in plain text, not JSON (PROTOCOLS A8).
            var headers = context.Response.Headers;
            headers["Retry-After"] = "1";
            headers["X-Ratelimit-Limit"] = "101";
            headers["X-Ratelimit-Remaining"] = "0";
            headers["X-Ratelimit-Reset"] = "1";
            context.Response.StatusCode = fault.StatusCode;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("limit exceeded\n");
            return;
        }
        await Error(fault.StatusCode, "app.fake.injected_fault.app_error", "Injected by the test.").ExecuteAsync(context);
    }
}

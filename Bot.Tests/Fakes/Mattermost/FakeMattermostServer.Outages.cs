using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace MissionBot.Tests.Fakes.Mattermost;

// Harder faults for reliability tests: a websocket outage that refuses reconnections until it ends, silent
// (half-open) sockets, slow answers, and Mattermost's rate limiter.
public sealed partial class FakeMattermostServer
{
    private bool _refusingWebSockets;
    private readonly List<FakeDelay> _delays = [];
    private FakeRateLimiter? _rateLimiter;

    /// <summary>True while websocket handshakes are refused (an outage is on).</summary>
    public bool RefusesWebSockets
    {
        get
        {
            lock (_gate)
            {
                return _refusingWebSockets;
            }
        }
    }

    /// <summary>
    /// Starts an outage: new websocket handshakes are refused with 503 until <see cref="EndOutage"/>, then the
    /// current sockets are cut the way <paramref name="cut"/> says. Posts made meanwhile still reach the
    /// sessions' replay buffers (unless the cut forgets the sessions, like a server restart).
    /// </summary>
    public async Task StartOutageAsync(WebSocketCut cut)
    {
        lock (_gate)
        {
            _refusingWebSockets = true;
        }
        switch (cut)
        {
            case WebSocketCut.Close:
                await DropWebSocketsAsync();
                break;
            case WebSocketCut.Reset:
                await AbortWebSocketsAsync();
                break;
            case WebSocketCut.Restart:
                await RestartWebSocketsAsync();
                break;
            default:
                SilenceWebSockets();
                break;
        }
    }

    /// <summary>Websocket handshakes are accepted again.</summary>
    public void EndOutage()
    {
        lock (_gate)
        {
            _refusingWebSockets = false;
        }
        NotifyChanged();
    }

    /// <summary>
    /// Every current socket goes silent without closing, like a half-open TCP connection: no events, no answer
    /// to pings. Events still reach the sessions' replay buffers, so a client that notices and resumes gets them.
    /// </summary>
    public void SilenceWebSockets()
    {
        lock (_gate)
        {
            foreach (var connection in _connections)
            {
                connection.Silence();
                if (connection.Session is { } session && session.Connection == connection)
                {
                    session.Connection = null;
                }
                connection.Session = null;
            }
        }
        NotifyChanged();
    }

    /// <summary>The next <paramref name="times"/> REST calls matching method and path prefix are answered only
    /// after <paramref name="delay"/> (real time), e.g. to exceed the client's timeout.</summary>
    public void DelayNextRequests(string method, string pathPrefix, TimeSpan delay, int times = 1)
    {
        lock (_gate)
        {
            _delays.Add(new FakeDelay(method, pathPrefix, delay, times));
        }
    }

    /// <summary>
    /// Turns on Mattermost's rate limiter (RateLimitSettings, PROTOCOLS A8): a token bucket per token of
    /// <paramref name="burst"/> requests refilled at <paramref name="perSecond"/>; every REST answer carries
    /// X-Ratelimit-Limit/Remaining/Reset (Reset in seconds until the bucket is full again) and a request over
    /// the limit gets 429 in plain text "limit exceeded" with Retry-After (whole seconds).
    /// </summary>
    public void EnableRateLimit(double perSecond, int burst)
    {
        lock (_gate)
        {
            _rateLimiter = new FakeRateLimiter(perSecond, burst);
        }
    }

    /// <summary>How many requests the rate limiter refused.</summary>
    public int RateLimitedRequests
    {
        get
        {
            lock (_gate)
            {
                return _rateLimiter?.Refused ?? 0;
            }
        }
    }

    private async Task<bool> RefuseHandshakeDuringOutageAsync(HttpContext context)
    {
        if (!RefusesWebSockets)
        {
            return false;
        }
        await RefuseHandshakeAsync(context, Error(StatusCodes.Status503ServiceUnavailable, "app.fake.outage.app_error", "The server is unavailable."),
            StatusCodes.Status503ServiceUnavailable);
        return true;
    }

    private async Task ApplyDelayAsync(string method, string path, CancellationToken cancellationToken)
    {
        TimeSpan? delay = null;
        lock (_gate)
        {
            var match = _delays.FirstOrDefault(d => d.Matches(method, path));
            if (match is not null)
            {
                match.Remaining--;
                delay = match.Delay;
            }
        }
        if (delay is { } wait)
        {
            try
            {
                await Task.Delay(wait, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The client gave up; the request goes on as a real server would.
            }
        }
    }

    /// <summary>Takes a token for the caller; false (429 written) when the bucket is empty.</summary>
    private async Task<bool> PassRateLimitAsync(HttpContext context)
    {
        FakeRateLimiter.Decision decision;
        lock (_gate)
        {
            if (_rateLimiter is null)
            {
                return true;
            }
            decision = _rateLimiter.Take(context.Request.Headers.Authorization.ToString());
        }
        var headers = context.Response.Headers;
        headers["X-Ratelimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-Ratelimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-Ratelimit-Reset"] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        if (decision.Allowed)
        {
            return true;
        }
        headers["Retry-After"] = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("limit exceeded\n");
        return false;
    }

    private sealed class FakeDelay(string method, string pathPrefix, TimeSpan delay, int remaining)
    {
        public TimeSpan Delay { get; } = delay;

        public int Remaining { get; set; } = remaining;

        public bool Matches(string requestMethod, string path) =>
            Remaining > 0
            && string.Equals(method, requestMethod, StringComparison.OrdinalIgnoreCase)
            && path.StartsWith(pathPrefix, StringComparison.Ordinal);
    }

    /// <summary>A token bucket per caller, on real time (the client waits in real time too).</summary>
    private sealed class FakeRateLimiter(double perSecond, int burst)
    {
        private readonly Dictionary<string, (double Tokens, long At)> _buckets = [];

        public int Refused { get; private set; }

        public Decision Take(string caller)
        {
            var now = Stopwatch.GetTimestamp();
            var (tokens, at) = _buckets.GetValueOrDefault(caller, (burst, now));
            tokens = Math.Min(burst, tokens + (Stopwatch.GetElapsedTime(at, now).TotalSeconds * perSecond));
            var allowed = tokens >= 1;
            if (allowed)
            {
                tokens -= 1;
            }
            else
            {
                Refused++;
            }
            _buckets[caller] = (tokens, now);
            var untilFull = (int)Math.Ceiling((burst - tokens) / perSecond);
            var untilNext = allowed ? 0 : (int)Math.Ceiling((1 - tokens) / perSecond);
            return new Decision(allowed, burst, (int)Math.Floor(tokens), untilFull, untilNext);
        }

        public sealed record Decision(bool Allowed, int Limit, int Remaining, int ResetSeconds, int RetryAfterSeconds);
    }
}

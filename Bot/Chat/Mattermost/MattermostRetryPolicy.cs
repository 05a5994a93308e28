using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using RestSharp;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// When a failed REST call is worth another try, and how long to wait first. Only rate limiting (429) and
/// transient faults (502/503/504/500, timeouts, refused connections) are retried; any other 4xx is a
/// mistake that a retry would only repeat.
/// </summary>
public sealed class MattermostRetryPolicy
{
    public int MaxAttempts { get; init; } = 4;

    /// <summary>429 answers waited out per call (each after the server's Retry-After) before it counts as failed.</summary>
    public int MaxRateLimitRetries { get; init; } = 20;

    /// <summary>First pause after a transient fault; doubled at each attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Longest wait the bot accepts from a 429's Retry-After before giving up on the call.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);

    public static bool IsTransient(RestResponse response) =>
        response.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
        || (response.StatusCode == 0 && response.ResponseStatus is ResponseStatus.TimedOut or ResponseStatus.Error);

    public static bool IsRateLimited(RestResponse response) => response.StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>The pause before attempt <paramref name="attempt"/> + 1, or null when the call should not be retried.</summary>
    public TimeSpan? DelayBefore(int attempt, RestResponse response, DateTimeOffset now)
    {
        if (attempt >= MaxAttempts)
        {
            return null;
        }
        if (IsRateLimited(response))
        {
            var wait = RateLimitWait(response, now);
            return wait > MaxRateLimitWait ? null : wait + Jitter(TimeSpan.FromMilliseconds(250));
        }
        if (IsTransient(response))
        {
            var backoff = FirstBackoff * Math.Pow(2, attempt - 1);
            var capped = backoff < MaxBackoff ? backoff : MaxBackoff;
            return capped + Jitter(capped / 5);
        }
        return null;
    }

    /// <summary>Retry-After (seconds or an HTTP date), else X-Ratelimit-Reset (seconds until reset, per the server source), else 1 s.</summary>
    private static TimeSpan RateLimitWait(RestResponse response, DateTimeOffset now)
    {
        var retryAfter = Header(response, "Retry-After");
        if (int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        if (DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var until = at - now;
            return until > TimeSpan.Zero ? until : TimeSpan.Zero;
        }
        return int.TryParse(Header(response, "X-Ratelimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset)
            ? TimeSpan.FromSeconds(reset)
            : TimeSpan.FromSeconds(1);
    }

    private static string? Header(RestResponse response, string name) =>
        response.Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.ToString();

    /// <summary>Spreads retries so that several bots (or calls) do not come back at the same instant.</summary>
    private static TimeSpan Jitter(TimeSpan max) =>
        max <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32((int)Math.Max(1, max.TotalMilliseconds)));
}

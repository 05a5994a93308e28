using System.Globalization;

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// When a failed REST call is worth another try: 429 after the limiter's reset (epoch milliseconds in
/// X-RateLimit-Reset), transient server faults after a capped exponential backoff, never any other 4xx.
/// </summary>
public static class RocketChatRetryPolicy
{
    public const int MaxRateLimitedAttempts = 10;

    public const int MaxTransientAttempts = 5;

    public static readonly TimeSpan TransientBaseDelay = TimeSpan.FromMilliseconds(250);

    public static readonly TimeSpan TransientMaxDelay = TimeSpan.FromSeconds(8);

    /// <summary>A margin after the announced reset, so the retry lands in the new window.</summary>
    public static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(50);

    public static readonly TimeSpan MinRateLimitDelay = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan MaxRateLimitDelay = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The wait before attempt <paramref name="attempt"/> + 1, or null when the failure is final.
    /// <paramref name="statusCode"/> is 0 when the server never answered; <paramref name="jitter"/> is in [0, 1).
    /// </summary>
    public static TimeSpan? DelayBeforeRetry(int statusCode, string? rateLimitReset, int attempt, DateTimeOffset now, double jitter)
    {
        if (statusCode == 429)
        {
            return attempt >= MaxRateLimitedAttempts ? null : UntilReset(rateLimitReset, attempt, now);
        }
        if (statusCode is 0 or 500 or 502 or 503 or 504)
        {
            if (attempt >= MaxTransientAttempts)
            {
                return null;
            }
            var exponential = TransientBaseDelay * Math.Pow(2, attempt - 1);
            var capped = exponential < TransientMaxDelay ? exponential : TransientMaxDelay;
            return capped * (0.8 + (0.4 * jitter));
        }
        return null;
    }

    private static TimeSpan UntilReset(string? rateLimitReset, int attempt, DateTimeOffset now)
    {
        if (!long.TryParse(rateLimitReset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var resetMs))
        {
            // No reset announced: wait a little longer on every refusal.
            return Clamp(TimeSpan.FromSeconds(attempt));
        }
        return Clamp(DateTimeOffset.FromUnixTimeMilliseconds(resetMs) - now + ResetMargin);
    }

    private static TimeSpan Clamp(TimeSpan delay) =>
        delay < MinRateLimitDelay ? MinRateLimitDelay : delay > MaxRateLimitDelay ? MaxRateLimitDelay : delay;
}

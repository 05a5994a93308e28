using System.Security.Cryptography;

namespace MissionBot.Chat;

/// <summary>
/// Capped exponential backoff with ±20 % jitter between reconnection attempts (both platforms' live
/// connections): a restarting server is not hammered, and a fleet of bots does not reconnect in step.
/// </summary>
public sealed class ReconnectBackoff(TimeSpan min, TimeSpan max)
{
    private int _failures;

    public TimeSpan First => Jitter(min);

    /// <summary>The wait after one more failure in a row.</summary>
    public TimeSpan NextAfterFailure()
    {
        var failures = Interlocked.Increment(ref _failures);
        var delay = min * Math.Pow(2, Math.Min(failures - 1, 20));
        return Jitter(delay < max ? delay : max);
    }

    public void Reset() => Interlocked.Exchange(ref _failures, 0);

    private static TimeSpan Jitter(TimeSpan delay) => delay * (0.8 + (0.4 * RandomNumberGenerator.GetInt32(1000) / 1000.0));
}

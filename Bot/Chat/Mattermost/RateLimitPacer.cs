using System.Globalization;
using RestSharp;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Spaces the bot's REST calls to stay under the server's advertised rate limit (PROTOCOLS A8): every answer
/// says how many calls remain (X-Ratelimit-Remaining) out of how many (X-Ratelimit-Limit) and in how many
/// seconds the quota is whole again (X-Ratelimit-Reset, seconds per the server source). Once nothing remains,
/// each call waits about the time one call's worth of quota takes to come back. A server without a limiter
/// sends none of these headers and nothing ever waits.
/// </summary>
public sealed class RateLimitPacer(TimeProvider clock)
{
    private static readonly TimeSpan MinimumSpacing = TimeSpan.FromMilliseconds(20);

    private readonly Lock _gate = new();
    private int _limit;
    private int _remaining = int.MaxValue;
    private TimeSpan _reset;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;

    /// <summary>How long to wait before the next call; reserves that call's place.</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_remaining > 0)
            {
                _remaining--;
                return TimeSpan.Zero;
            }
            var spacing = _limit > 0 ? _reset / _limit : TimeSpan.Zero;
            spacing = spacing < MinimumSpacing ? MinimumSpacing : spacing;
            // One spacing after the previous paced call (or from now, when that is further).
            var at = (_notBefore > now ? _notBefore : now) + spacing;
            _notBefore = at;
            return at - now;
        }
    }

    /// <summary>Reads the limiter's headers from an answer (a 429 included).</summary>
    public void Observe(RestResponse response)
    {
        var limit = Number(response, "X-Ratelimit-Limit");
        var remaining = Number(response, "X-Ratelimit-Remaining");
        if (limit is null || remaining is null)
        {
            return;
        }
        var reset = Number(response, "X-Ratelimit-Reset") ?? 1;
        lock (_gate)
        {
            _limit = limit.Value;
            _remaining = remaining.Value;
            _reset = TimeSpan.FromSeconds(Math.Max(reset, 0));
        }
    }

    private static int? Number(RestResponse response, string name)
    {
        var value = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.ToString();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}

using Microsoft.Extensions.Time.Testing;
using MissionBot.Chat.Mattermost;
using RestSharp;

namespace MissionBot.Tests.Chat.Mattermost;

/// <summary>How the bot reads Mattermost's X-Ratelimit-* headers to space its calls (PROTOCOLS A8).</summary>
public sealed class RateLimitPacerTests
{
    private readonly FakeTimeProvider _clock = new();

    [Test]
    public void WithoutRateLimitHeaders_CallsNeverWait()
    {
        var pacer = new RateLimitPacer(_clock);
        pacer.Observe(Answer());

        Assert.That(Enumerable.Range(0, 50).Select(_ => pacer.Reserve()), Has.All.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void WhileQuotaRemains_CallsGoAtOnce_ThenEachWaitsItsShareOfTheReset()
    {
        var pacer = new RateLimitPacer(_clock);
        pacer.Observe(Answer(limit: 5, remaining: 2, reset: 1));

        var waits = Enumerable.Range(0, 4).Select(_ => pacer.Reserve()).ToList();

        Assert.That(waits, Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400) }));
    }

    [Test]
    public void AnAnswerWithQuotaAgain_LetsTheNextCallGoAtOnce()
    {
        var pacer = new RateLimitPacer(_clock);
        pacer.Observe(Answer(limit: 10, remaining: 0, reset: 10));
        var paced = pacer.Reserve();

        pacer.Observe(Answer(limit: 10, remaining: 4, reset: 6));

        Assert.Multiple(() =>
        {
            Assert.That(paced, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(pacer.Reserve(), Is.EqualTo(TimeSpan.Zero));
        });
    }

    private static RestResponse Answer(int? limit = null, int? remaining = null, int? reset = null)
    {
        var headers = new List<HeaderParameter>();
        if (limit is not null)
        {
            headers.Add(new HeaderParameter("X-Ratelimit-Limit", limit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            headers.Add(new HeaderParameter("X-Ratelimit-Remaining", remaining!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            headers.Add(new HeaderParameter("X-Ratelimit-Reset", reset!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return new RestResponse(new RestRequest()) { Headers = headers };
    }
}

using System.Globalization;
using MissionBot.Chat.RocketChat;

namespace MissionBot.Tests.Chat.RocketChat;

public sealed class RocketChatRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static string ResetIn(int milliseconds) => Now.AddMilliseconds(milliseconds).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static readonly TestCaseData[] Decisions =
    [
        new TestCaseData(429, ResetIn(1500), 1, 1550.0).SetName("TooManyRequests_WaitsUntilTheResetInEpochMilliseconds"),
        new TestCaseData(429, ResetIn(-5000), 1, 100.0).SetName("TooManyRequests_ResetInThePast_WaitsTheMinimum"),
        new TestCaseData(429, null, 3, 3000.0).SetName("TooManyRequests_WithoutReset_WaitsLongerEachTime"),
        new TestCaseData(429, ResetIn(3_600_000), 1, 120_000.0).SetName("TooManyRequests_FarReset_IsCapped"),
        new TestCaseData(429, ResetIn(100), 10, null).SetName("TooManyRequests_GivesUpAfterTenAttempts"),
        new TestCaseData(502, null, 1, 250.0).SetName("BadGateway_RetriesAfterTheBaseDelay"),
        new TestCaseData(503, null, 3, 1000.0).SetName("Unavailable_DelayDoubles"),
        new TestCaseData(0, null, 4, 2000.0).SetName("NoAnswer_IsTransient"),
        new TestCaseData(500, null, 5, null).SetName("ServerError_GivesUpAfterFiveAttempts"),
        new TestCaseData(400, null, 1, null).SetName("BadRequest_IsNeverRetried"),
        new TestCaseData(401, null, 1, null).SetName("Unauthorized_IsNeverRetried"),
        new TestCaseData(403, null, 1, null).SetName("Forbidden_IsNeverRetried"),
        new TestCaseData(404, null, 1, null).SetName("NotFound_IsNeverRetried"),
    ];

    /// <summary>Jitter 0.5 is the middle of the ±20 % range, so the delay is the nominal one.</summary>
    [TestCaseSource(nameof(Decisions))]
    public void DelayBeforeRetry(int status, string? reset, int attempt, double? expectedMilliseconds)
    {
        var delay = RocketChatRetryPolicy.DelayBeforeRetry(status, reset, attempt, Now, jitter: 0.5);

        Assert.That(delay?.TotalMilliseconds, Is.EqualTo(expectedMilliseconds).Within(0.001));
    }

    [Test]
    public void TransientDelay_IsCappedAtEightSeconds()
    {
        for (var attempt = 1; attempt < RocketChatRetryPolicy.MaxTransientAttempts; attempt++)
        {
            Assert.That(RocketChatRetryPolicy.DelayBeforeRetry(503, null, attempt, Now, jitter: 0.999), Is.LessThan(TimeSpan.FromSeconds(8 * 1.2)));
        }
    }
}

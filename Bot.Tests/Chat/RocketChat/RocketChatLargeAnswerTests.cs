using System.Net;
using System.Text;
using System.Text.Json;
using MissionBot.Chat;
using MissionBot.Chat.RocketChat;
using MissionBot.Chat.RocketChat.Wire;

namespace MissionBot.Tests.Chat.RocketChat;

/// <summary>
/// A large successful Rocket.Chat answer, read as JSON from the bytes received, gives what RestSharp's string of it
/// gives: the same value, or the same failure (<c>success:false</c> under a 2xx status, an answer that is not JSON).
/// </summary>
public sealed class RocketChatLargeAnswerTests
{
    private const string Endpoint = "subscriptions.get";

    [Test]
    public async Task ALargeListing_ReadAsReceived_IsWhatRestSharpsStringGives()
    {
        var json = JsonSerializer.Serialize(new
        {
            update = Enumerable.Range(0, 1000).Select(i => new { _id = $"sub-{i:0000}", rid = $"room-{i:0000}", t = "c", name = $"antenne-{i:0000}-des-tiers-lieux" }),
            remove = Array.Empty<object>(),
            success = true,
        });
        var reader = await LargeAnswerReaderTests.AttachedAsync(HttpStatusCode.OK, RocketChatApi.ReadAnswer<RcSubscriptionsResponse>);

        var handedBack = reader.Take(LargeAnswerReaderTests.Utf8(json));

        var rooms = RocketChatApi.Read<RcSubscriptionsResponse>(Endpoint, 200, reader).Update.Select(s => (s.RoomId, s.Type, s.Name)).ToList();
        var usual = RocketChatApi.Read<RcSubscriptionsResponse>(Endpoint, 200, json).Update.Select(s => (s.RoomId, s.Type, s.Name)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(json), Is.GreaterThan(LargeAnswerReader.LargeAnswerBytes), "the test's answer is large");
            Assert.That(handedBack, Is.Null);
            Assert.That(reader.WasRead, Is.True);
            Assert.That(rooms, Has.Count.EqualTo(1000));
            Assert.That(rooms, Is.EqualTo(usual));
        });
    }

    /// <summary>A refusal under a 2xx status, and a page that is not JSON; both larger than the limit.</summary>
    private static readonly TestCaseData[] LargeFailures =
    [
        new TestCaseData(JsonSerializer.Serialize(new
        {
            success = false,
            error = "Not allowed [error-not-allowed]",
            errorType = "error-not-allowed",
            details = new string('x', LargeAnswerReader.LargeAnswerBytes),
        })).SetArgDisplayNames("success:false"),
        new TestCaseData("<html>" + new string('x', LargeAnswerReader.LargeAnswerBytes) + "</html>").SetArgDisplayNames("an HTML page"),
    ];

    [TestCaseSource(nameof(LargeFailures))]
    public async Task ALargeSuccessfulAnswerThatIsAFailure_ReadAsReceived_FailsAsRestSharpsStringDoes(string answer)
    {
        var reader = await LargeAnswerReaderTests.AttachedAsync(HttpStatusCode.OK, RocketChatApi.ReadAnswer<RcSubscriptionsResponse>);

        reader.Take(LargeAnswerReaderTests.Utf8(answer));

        var failure = Assert.Throws<RocketChatApiException>(() => RocketChatApi.Read<RcSubscriptionsResponse>(Endpoint, 200, reader));
        var usual = Assert.Throws<RocketChatApiException>(() => RocketChatApi.Read<RcSubscriptionsResponse>(Endpoint, 200, answer));
        Assert.Multiple(() =>
        {
            Assert.That(reader.WasRead, Is.True, "read as received");
            Assert.That(failure!.Message, Is.EqualTo(usual!.Message));
            Assert.That((failure.StatusCode, failure.Error, failure.ErrorType), Is.EqualTo((usual.StatusCode, usual.Error, usual.ErrorType)));
            Assert.That(failure.InnerException?.GetType(), Is.EqualTo(usual.InnerException?.GetType()));
        });
    }
}

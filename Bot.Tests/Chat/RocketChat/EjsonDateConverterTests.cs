using System.Text.Json;
using MissionBot.Chat.RocketChat.Wire;

namespace MissionBot.Tests.Chat.RocketChat;

public sealed class EjsonDateConverterTests
{
    private static readonly DateTimeOffset Expected = new(2026, 11, 23, 9, 30, 15, 123, TimeSpan.Zero);

    private static readonly TestCaseData[] Dates =
    [
        new TestCaseData("""{"_id":"m","ts":{"$date":1795426215123}}""").SetName("Ddp_EjsonMilliseconds"),
        new TestCaseData("""{"_id":"m","ts":{"$date":"2026-11-23T09:30:15.123Z"}}""").SetName("Docs_IsoInsideDate"),
        new TestCaseData("""{"_id":"m","ts":"2026-11-23T09:30:15.123Z"}""").SetName("Rest_IsoString"),
    ];

    [TestCaseSource(nameof(Dates))]
    public void MessageTimestamp_IsReadFromEveryShapeRocketChatUses(string json)
    {
        var message = JsonSerializer.Deserialize<RcMessage>(json, RcJson.Options)!;

        Assert.That(message.Timestamp, Is.EqualTo(Expected));
    }
}

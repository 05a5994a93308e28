using System.Text;
using System.Text.Json;
using MissionBot.Chat.Mattermost;
using MissionBot.Chat.Mattermost.Wire;

namespace MissionBot.Tests.Chat.Mattermost;

/// <summary>
/// What RestSharp hands the reader of a large answer: read as JSON from the bytes received when it is over the
/// limit, handed back whole otherwise (an error's answer is then read as usual).
/// </summary>
public sealed class LargeAnswerReaderTests
{
    [Test]
    public void AnAnswerOverTheLimit_IsReadHere_AndRestSharpGetsNoCopy()
    {
        var ids = Enumerable.Range(0, 3000).Select(i => $"channel{i:0000}").ToList();
        var json = JsonSerializer.Serialize(ids.Select(id => new { id, type = "D", last_post_at = 1 }));
        var reader = new LargeAnswerReader(stream => MattermostJson.Deserialize<List<MmChannel>>(stream));

        var handedBack = reader.Take(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(json), Is.GreaterThan(MattermostRestClient.LargeAnswerBytes), "the test's answer is large");
            Assert.That(handedBack, Is.Null);
            Assert.That(reader.WasRead, Is.True);
            Assert.That(((List<MmChannel>)reader.Value()!).Select(c => c.Id), Is.EqualTo(ids));
        });
    }

    [Test]
    public void AnAnswerUnderTheLimit_IsHandedBackWhole_AndNotRead()
    {
        var error = """{"id":"api.context.session_expired.app_error","message":"Invalid or expired session.","status_code":401}""";
        var reader = new LargeAnswerReader(_ => throw new AssertionException("a small answer must not be read here"));

        using var handedBack = reader.Take(new MemoryStream(Encoding.UTF8.GetBytes(error)));

        Assert.That(reader.WasRead, Is.False);
        Assert.That(new StreamReader(handedBack!).ReadToEnd(), Is.EqualTo(error));
    }

    [Test]
    public void ALargeAnswerThatIsNotTheExpectedJson_FailsWhenItsValueIsAskedFor()
    {
        var page = "<html>" + new string('x', MattermostRestClient.LargeAnswerBytes) + "</html>";
        var reader = new LargeAnswerReader(stream => MattermostJson.Deserialize<List<MmChannel>>(stream));

        reader.Take(new MemoryStream(Encoding.UTF8.GetBytes(page)));

        Assert.That(reader.WasRead, Is.True);
        Assert.Throws(Is.InstanceOf<JsonException>(), () => reader.Value());
    }
}

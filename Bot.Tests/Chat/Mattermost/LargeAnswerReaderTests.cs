using System.Net;
using System.Text;
using System.Text.Json;
using MissionBot.Chat.Mattermost;
using MissionBot.Chat.Mattermost.Wire;
using RestSharp;

namespace MissionBot.Tests.Chat.Mattermost;

/// <summary>
/// What RestSharp hands the reader of a large answer: a successful answer over the limit is read as JSON from the
/// bytes received; anything else is handed back whole, for RestSharp to read as usual.
/// </summary>
public sealed class LargeAnswerReaderTests
{
    [Test]
    public async Task ASuccessfulAnswerOverTheLimit_IsReadHere_AndRestSharpGetsNoCopy()
    {
        var ids = Enumerable.Range(0, 3000).Select(i => $"channel{i:0000}").ToList();
        var json = JsonSerializer.Serialize(ids.Select(id => new { id, type = "D", last_post_at = 1 }));
        var reader = await AttachedAsync(HttpStatusCode.OK, stream => MattermostJson.Deserialize<List<MmChannel>>(stream));

        var handedBack = reader.Take(Utf8(json));

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(json), Is.GreaterThan(MattermostRestClient.LargeAnswerBytes), "the test's answer is large");
            Assert.That(handedBack, Is.Null);
            Assert.That(reader.WasRead, Is.True);
            Assert.That(((List<MmChannel>)reader.Value()!).Select(c => c.Id), Is.EqualTo(ids));
        });
    }

    [Test]
    public async Task AnAnswerUnderTheLimit_IsHandedBackWhole_AndNotRead()
    {
        var small = """[{"id":"c1","type":"O","last_post_at":1}]""";
        var reader = await AttachedAsync(HttpStatusCode.OK, _ => throw new AssertionException("a small answer must not be read here"));

        using var handedBack = reader.Take(Utf8(small));

        Assert.That(reader.WasRead, Is.False);
        Assert.That(new StreamReader(handedBack!).ReadToEnd(), Is.EqualTo(small));
    }

    [Test]
    public async Task ALargeErrorPage_IsHandedBackWhole_AndNotRead()
    {
        var page = "<html>" + new string('x', MattermostRestClient.LargeAnswerBytes) + "</html>";
        var reader = await AttachedAsync(HttpStatusCode.BadGateway, _ => throw new AssertionException("an error's answer must not be read here"));

        using var handedBack = reader.Take(Utf8(page));

        Assert.That(reader.WasRead, Is.False);
        Assert.That(new StreamReader(handedBack!).ReadToEnd(), Is.EqualTo(page));
    }

    [Test]
    public async Task ALargeSuccessfulAnswerThatIsNotTheExpectedJson_FailsWhenItsValueIsAskedFor()
    {
        var page = "<html>" + new string('x', MattermostRestClient.LargeAnswerBytes) + "</html>";
        var reader = await AttachedAsync(HttpStatusCode.OK, stream => MattermostJson.Deserialize<List<MmChannel>>(stream));

        reader.Take(Utf8(page));

        Assert.That(reader.WasRead, Is.True);
        Assert.Throws(Is.InstanceOf<JsonException>(), () => reader.Value());
    }

    /// <summary>A reader attached to a request whose answer came back with <paramref name="status"/>, as RestSharp runs it.</summary>
    private static async Task<LargeAnswerReader> AttachedAsync(HttpStatusCode status, Func<Stream, object?> read)
    {
        var reader = new LargeAnswerReader(read);
        var request = new RestRequest("users/me/channels");
        reader.Attach(request);
        using var answer = new HttpResponseMessage(status);
        foreach (var interceptor in request.Interceptors!)
        {
            await interceptor.AfterHttpRequest(answer, CancellationToken.None);
        }
        return reader;
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}

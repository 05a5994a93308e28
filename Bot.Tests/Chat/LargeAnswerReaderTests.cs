using System.Net;
using System.Text;
using System.Text.Json;
using MissionBot.Chat;
using MissionBot.Chat.Mattermost.Wire;
using RestSharp;

namespace MissionBot.Tests.Chat;

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
            Assert.That(Encoding.UTF8.GetByteCount(json), Is.GreaterThan(LargeAnswerReader.LargeAnswerBytes), "the test's answer is large");
            Assert.That(handedBack, Is.Null);
            Assert.That(reader.WasRead, Is.True);
            Assert.That(((List<MmChannel>)reader.Value()!).Select(c => c.Id), Is.EqualTo(ids));
        });
    }

    /// <summary>A short answer, and a proxy's error page larger than the limit: neither is read here.</summary>
    private static readonly object[] HandedBackWhole =
    [
        new object[] { HttpStatusCode.OK, """[{"id":"c1","type":"O","last_post_at":1}]""" },
        new object[] { HttpStatusCode.BadGateway, "<html>" + new string('x', LargeAnswerReader.LargeAnswerBytes) + "</html>" },
    ];

    [TestCaseSource(nameof(HandedBackWhole))]
    public async Task AShortAnswer_OrAnyErrorsAnswer_IsHandedBackWhole_AndNotRead(HttpStatusCode status, string answer)
    {
        var reader = await AttachedAsync(status, _ => throw new AssertionException("this answer must not be read here"));

        using var handedBack = reader.Take(Utf8(answer));

        Assert.That(reader.WasRead, Is.False);
        Assert.That(new StreamReader(handedBack!).ReadToEnd(), Is.EqualTo(answer));
    }

    [Test]
    public async Task ALargeSuccessfulAnswerThatIsNotTheExpectedJson_FailsWhenItsValueIsAskedFor()
    {
        var page = "<html>" + new string('x', LargeAnswerReader.LargeAnswerBytes) + "</html>";
        var reader = await AttachedAsync(HttpStatusCode.OK, stream => MattermostJson.Deserialize<List<MmChannel>>(stream));

        reader.Take(Utf8(page));

        Assert.That(reader.WasRead, Is.True);
        Assert.Throws(Is.InstanceOf<JsonException>(), () => reader.Value());
    }

    /// <summary>
    /// A reader attached to a request whose answer came back with <paramref name="status"/>, as RestSharp runs it
    /// (also used by the tests of each platform's reading).
    /// </summary>
    internal static async Task<LargeAnswerReader> AttachedAsync(HttpStatusCode status, Func<Stream, object?> read)
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

    internal static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}

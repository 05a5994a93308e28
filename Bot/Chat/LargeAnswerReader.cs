using System.Runtime.ExceptionServices;
using RestSharp;
using RestSharp.Interceptors;

namespace MissionBot.Chat;

/// <summary>
/// Reads one successful answer as JSON from the bytes HttpClient received, when it is larger than
/// <see cref="LargeAnswerBytes"/>. Any other answer (a short one, an error's, even a proxy's large error page) is
/// handed back to RestSharp, which reads it as usual. RestSharp gives the writer every answer once the whole of it
/// has arrived: the stream is then over bytes already in memory, and reading it does not wait. Mattermost's and
/// Rocket.Chat's JSON is UTF-8, which is what is read here (RestSharp would follow the declared charset). Both REST
/// clients attach one to the calls whose answers grow with the server (<see cref="Mattermost.MattermostCall.LargeAnswer"/>,
/// <see cref="RocketChat.RocketChatApi.GetLargeAsync{T}"/>).
/// </summary>
internal sealed class LargeAnswerReader(Func<Stream, object?> read) : Interceptor
{
    /// <summary>
    /// Above this size, a successful answer is read as JSON from the bytes received. Otherwise RestSharp copies them
    /// twice more (its own bytes, then a string twice their size): the list of ten thousand Mattermost channels a
    /// catch-up starts with is 5 MB, and those copies left the bot about 12 MB larger for good (bench/RESULTS.md,
    /// item 51). Only a successful answer is read so; an error's goes through RestSharp as usual, whatever its size.
    /// </summary>
    internal const int LargeAnswerBytes = 64 * 1024;

    private bool _succeeded;
    private object? _value;
    private ExceptionDispatchInfo? _failure;

    /// <summary>True when the answer was read here; RestSharp then has no content for it.</summary>
    public bool WasRead { get; private set; }

    /// <summary>Makes <paramref name="request"/>'s answer come here first.</summary>
    public void Attach(RestRequest request)
    {
        request.Interceptors = [.. request.Interceptors ?? [], this];
        request.ResponseWriter = Take;
    }

    /// <summary>Runs with the status, before RestSharp reads the content.</summary>
    public override ValueTask AfterHttpRequest(HttpResponseMessage responseMessage, CancellationToken cancellationToken)
    {
        _succeeded = responseMessage.IsSuccessStatusCode;
        return ValueTask.CompletedTask;
    }

    /// <summary>What was read; throws what reading threw (JSON that is not the expected one).</summary>
    public object? Value()
    {
        _failure?.Throw();
        return _value;
    }

    /// <summary>RestSharp's response writer: null when the answer was read here, otherwise a copy for RestSharp.</summary>
    internal Stream? Take(Stream answer)
    {
        var size = answer.CanSeek ? answer.Length - answer.Position : -1;
        if (!_succeeded || size < 0 || size <= LargeAnswerBytes)
        {
            // RestSharp disposes the stream it gave once this returns.
            var copy = size < 0 ? new MemoryStream() : new MemoryStream((int)size);
            answer.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }
        WasRead = true;
        try
        {
            _value = read(answer);
        }
        catch (Exception ex)
        {
            // Thrown where the value is asked for, as reading a string would have: not inside RestSharp.
            _failure = ExceptionDispatchInfo.Capture(ex);
        }
        return null;
    }
}

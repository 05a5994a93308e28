using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Reads one answer as JSON from the bytes HttpClient received, when it is larger than
/// <see cref="MattermostRestClient.LargeAnswerBytes"/>; a smaller one (an error's, a short list) is handed back to
/// RestSharp, which reads it as usual. RestSharp calls <see cref="Take"/> with every answer, whatever its status,
/// once the whole answer has arrived: the stream is then over bytes already in memory, and reading it does not wait.
/// </summary>
internal sealed class LargeAnswerReader(Func<Stream, object?> read)
{
    private object? _value;
    private ExceptionDispatchInfo? _failure;

    /// <summary>True when the answer was read here; RestSharp then has no content for it.</summary>
    public bool WasRead { get; private set; }

    /// <summary>What was read; throws what reading threw (JSON that is not the expected one).</summary>
    public object? Value()
    {
        _failure?.Throw();
        return _value;
    }

    /// <summary>RestSharp's response writer: null when the answer was read here, otherwise a copy for RestSharp.</summary>
    public Stream? Take(Stream answer)
    {
        if (!answer.CanSeek || answer.Length - answer.Position <= MattermostRestClient.LargeAnswerBytes)
        {
            // RestSharp disposes the stream it gave once this returns.
            var copy = new MemoryStream();
            answer.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }
        WasRead = true;
        try
        {
            _value = read(answer);
        }
        catch (JsonException ex)
        {
            _failure = ExceptionDispatchInfo.Capture(ex);
        }
        return null;
    }
}

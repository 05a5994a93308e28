using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MissionBot.Chat.RocketChat.Wire;
using MissionBot.Hosting;
using RestSharp;

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// The one way the adapter calls Rocket.Chat's REST API: authentication headers, JSON, errors turned into
/// <see cref="RocketChatApiException"/>, and retries as <see cref="RocketChatRetryPolicy"/> decides.
/// </summary>
public sealed class RocketChatApi : IDisposable
{
    private readonly Lazy<RestClient> _rest;
    private readonly TimeProvider _clock;
    private readonly ILogger<RocketChatApi> _logger;
    private long _answersReadAsReceived;

    public RocketChatApi(IOptions<RocketChatOptions> options, TimeProvider clock, ILogger<RocketChatApi> logger)
    {
        _clock = clock;
        _logger = logger;
        // Built on first use, after the options were validated at start.
        _rest = new Lazy<RestClient>(() => CreateClient(options.Value));
    }

    /// <summary>
    /// How many answers to <see cref="GetLargeAsync{T}"/> were read as JSON from the bytes received
    /// (<see cref="LargeAnswerReader.LargeAnswerBytes"/>).
    /// </summary>
    internal long AnswersReadAsReceived => Interlocked.Read(ref _answersReadAsReceived);

    internal Task<T> GetAsync<T>(string endpoint, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
        where T : class =>
        SendAsync<T>(endpoint, () => GetRequest(endpoint, query), largeAnswer: false, cancellationToken);

    /// <summary>
    /// Like <see cref="GetAsync{T}"/>, for an answer that grows with the server (every room the bot is in, the
    /// messages missed in a room): when it is large, it is read as JSON straight from the bytes received.
    /// </summary>
    internal Task<T> GetLargeAsync<T>(string endpoint, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
        where T : class =>
        SendAsync<T>(endpoint, () => GetRequest(endpoint, query), largeAnswer: true, cancellationToken);

    internal Task<T> PostAsync<T>(string endpoint, object body, CancellationToken cancellationToken)
        where T : class
    {
        var json = ReflectionJson.Serialize(body, RcJson.Options);
        return SendAsync<T>(endpoint, () => new RestRequest(endpoint, Method.Post).AddStringBody(json, ContentType.Json), largeAnswer: false, cancellationToken);
    }

    /// <summary>A multipart/form-data POST (a file upload): plain fields, then the file under <paramref name="fileField"/>.</summary>
    internal Task<T> PostFileAsync<T>(string endpoint, string fileField, ChatFile file, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
        where T : class =>
        SendAsync<T>(endpoint, () =>
        {
            // Built again for every attempt: the bytes stay in memory, nothing is consumed by a failed try.
            var request = new RestRequest(endpoint, Method.Post) { AlwaysMultipartFormData = true };
            foreach (var (name, value) in fields)
            {
                request.AddParameter(name, value);
            }
            return request.AddFile(fileField, file.Content, file.FileName, file.ContentType);
        }, largeAnswer: false, cancellationToken);

    public void Dispose()
    {
        if (_rest.IsValueCreated)
        {
            _rest.Value.Dispose();
        }
    }

    private static RestRequest GetRequest(string endpoint, IReadOnlyDictionary<string, string> query)
    {
        var request = new RestRequest(endpoint, Method.Get);
        foreach (var (name, value) in query)
        {
            request.AddQueryParameter(name, value);
        }
        return request;
    }

    private async Task<T> SendAsync<T>(string endpoint, Func<RestRequest> makeRequest, bool largeAnswer, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var request = makeRequest();
            // A new reader for every attempt: what a failed attempt read is not the answer.
            var large = largeAnswer ? new LargeAnswerReader(ReadAnswer<T>) : null;
            large?.Attach(request);
            var response = await _rest.Value.ExecuteAsync(request, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            // RestSharp marks HTTP error statuses as ResponseStatus.Error too: only a 0 status means no answer.
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                if (large is { WasRead: true })
                {
                    Interlocked.Increment(ref _answersReadAsReceived);
                    return Read<T>(endpoint, status, large);
                }
                return Read<T>(endpoint, status, response.Content);
            }

            var error = ReadError(response.Content);
            var reset = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "X-RateLimit-Reset", StringComparison.OrdinalIgnoreCase))?.Value;
            var delay = RocketChatRetryPolicy.DelayBeforeRetry(status, reset, attempt, _clock.GetUtcNow(), RandomNumberGenerator.GetInt32(1000) / 1000.0);
            if (delay is null)
            {
                throw new RocketChatApiException(endpoint, status, error?.Error ?? error?.Message ?? response.ErrorMessage, error?.ErrorType, response.ErrorException);
            }
            _logger.LogWarning("Rocket.Chat {Endpoint} answered {Status}; retrying in {DelayMs} ms (attempt {Attempt})",
                endpoint, status == 0 ? "nothing" : status, (int)delay.Value.TotalMilliseconds, attempt + 1);
            await Task.Delay(delay.Value, _clock, cancellationToken);
        }
    }

    /// <summary>A successful answer RestSharp read: its value, or <see cref="RocketChatApiException"/> when it is a failure's body or unreadable.</summary>
    internal static T Read<T>(string endpoint, int status, string? content)
        where T : class =>
        Read<T>(endpoint, status, () => ReadError(content) is { Success: false } error
            ? new Refusal(error)
            : ReflectionJson.Deserialize<T>(content ?? "", RcJson.Options));

    /// <summary>The same for a successful answer <paramref name="large"/> read from the bytes received (<see cref="ReadAnswer{T}"/>).</summary>
    internal static T Read<T>(string endpoint, int status, LargeAnswerReader large)
        where T : class =>
        Read<T>(endpoint, status, large.Value);

    /// <summary>
    /// What <see cref="LargeAnswerReader"/> reads a large successful answer as: a failure's body
    /// (<c>success:false</c>) as for a short answer, otherwise the answer read again from its start as
    /// <typeparamref name="T"/>. Both reads are of the bytes received; neither copies them.
    /// </summary>
    internal static object? ReadAnswer<T>(Stream utf8Json)
    {
        var start = utf8Json.Position;
        if (ReadError(utf8Json) is { Success: false } error)
        {
            return new Refusal(error);
        }
        utf8Json.Position = start;
        return ReflectionJson.Deserialize<T>(utf8Json, RcJson.Options);
    }

    /// <summary><paramref name="read"/> gives the answer's value, a <see cref="Refusal"/>, or null for JSON null; it throws JsonException for anything else.</summary>
    private static T Read<T>(string endpoint, int status, Func<object?> read)
        where T : class
    {
        object? answer;
        try
        {
            answer = read();
        }
        catch (JsonException ex)
        {
            throw new RocketChatApiException(endpoint, status, "unreadable answer", null, ex);
        }
        return answer switch
        {
            Refusal refusal => throw new RocketChatApiException(endpoint, status, refusal.Body.Error, refusal.Body.ErrorType),
            T value => value,
            _ => throw new RocketChatApiException(endpoint, status, "empty answer", null),
        };
    }

    private static RcErrorBody? ReadError(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }
        try
        {
            return ReflectionJson.Deserialize<RcErrorBody>(content, RcJson.Options);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, for instance: the status code says enough.
            return null;
        }
    }

    private static RcErrorBody? ReadError(Stream utf8Json)
    {
        try
        {
            return ReflectionJson.Deserialize<RcErrorBody>(utf8Json, RcJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A successful status whose body says <c>success:false</c>: the call failed all the same.</summary>
    private sealed record Refusal(RcErrorBody Body);

    private static RestClient CreateClient(RocketChatOptions options)
    {
        var client = new RestClient(new RestClientOptions(options.Url.Trim().TrimEnd('/') + "/api/v1/")
        {
            Timeout = TimeSpan.FromSeconds(30),
            UserAgent = "MissionBot",
        });
        client.AddDefaultHeader("X-User-Id", options.UserId.Trim());
        client.AddDefaultHeader("X-Auth-Token", options.Token.Trim());
        return client;
    }
}

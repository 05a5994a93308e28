using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MissionBot.Chat.Mattermost.Wire;
using MissionBot.Hosting;
using RestSharp;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// The single door for every Mattermost REST call: bearer auth, JSON both ways, typed errors, and retries
/// for rate limiting and transient faults only. The token never appears in a log or an exception.
/// </summary>
public sealed class MattermostRestClient : IDisposable
{
    private readonly Lazy<RestClient> _client;
    private readonly IOptions<MattermostOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<MattermostRestClient> _logger;
    private long _answersReadAsReceived;

    public MattermostRestClient(IOptions<MattermostOptions> options, TimeProvider clock, ILogger<MattermostRestClient> logger)
    {
        _options = options;
        _clock = clock;
        _logger = logger;
        // Built on first use: the host may construct this before the options are validated, and a bad Url
        // must then be reported as a configuration problem, not crash the constructor.
        _client = new Lazy<RestClient>(() => new RestClient(new RestClientOptions(ApiBase(options.Value.Url))
        {
            Timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds),
            UserAgent = "MissionBot",
            ThrowOnAnyError = false,
        }));
    }

    public MattermostRetryPolicy RetryPolicy { get; init; } = new();

    private RateLimitPacer Pacer => _pacer ??= new RateLimitPacer(_clock);

    private RateLimitPacer? _pacer;

    /// <summary>"https://chat.example.org" → "https://chat.example.org/api/v4/" (a path prefix is kept).</summary>
    public static Uri ApiBase(string serverUrl) => new(serverUrl.TrimEnd('/') + "/api/v4/");

    /// <summary>
    /// How many answers to calls marked <see cref="MattermostCall.LargeAnswer"/> were read as JSON from the bytes
    /// received (<see cref="LargeAnswerReader.LargeAnswerBytes"/>).
    /// </summary>
    internal long AnswersReadAsReceived => Interlocked.Read(ref _answersReadAsReceived);

    /// <summary>Sends the call, retrying when worth it; returns the response body or throws <see cref="MattermostApiException"/>.</summary>
    public async Task<string> SendAsync(MattermostCall call, CancellationToken cancellationToken) =>
        (await ExchangeAsync(call, null, cancellationToken)).Body;

    /// <summary>Sends the call and reads the JSON answer as <typeparamref name="T"/>.</summary>
    public async Task<T> SendAsync<T>(MattermostCall call, CancellationToken cancellationToken)
    {
        var (body, large) = await ExchangeAsync(call, call.LargeAnswer ? stream => MattermostJson.Deserialize<T>(stream) : null, cancellationToken);
        try
        {
            var value = large is { WasRead: true } ? (T?)large.Value() : MattermostJson.Deserialize<T>(body);
            return value ?? throw new MattermostApiException(call.Purpose, 200, "", "empty answer");
        }
        catch (JsonException ex)
        {
            throw new MattermostApiException(call.Purpose, 200, "", "the answer is not the expected JSON", ex);
        }
    }

    private async Task<(string Body, LargeAnswerReader? Large)> ExchangeAsync(
        MattermostCall call, Func<Stream, object?>? readLarge, CancellationToken cancellationToken)
    {
        var rateLimited = 0;
        for (var attempt = 1; ; attempt++)
        {
            var wait = Pacer.Reserve();
            if (wait > TimeSpan.Zero)
            {
                _logger.LogDebug("Mattermost call {Purpose} waits {WaitMs} ms to stay under the server's rate limit", call.Purpose, (int)wait.TotalMilliseconds);
                await Task.Delay(wait, _clock, cancellationToken);
            }
            var request = BuildRequest(call);
            // A new reader for every attempt: what a failed attempt read is not the answer.
            var large = readLarge is null ? null : new LargeAnswerReader(readLarge);
            large?.Attach(request);
            var response = await _client.Value.ExecuteAsync(request, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            Pacer.Observe(response);
            if (response.IsSuccessStatusCode)
            {
                if (large is { WasRead: true })
                {
                    Interlocked.Increment(ref _answersReadAsReceived);
                }
                return (response.Content ?? "", large);
            }
            if (MattermostRetryPolicy.IsRateLimited(response) && ++rateLimited < RetryPolicy.MaxRateLimitRetries)
            {
                // Waiting for the quota is not a failure of the call: it does not use up an attempt.
                attempt--;
            }
            var delay = RetryPolicy.DelayBefore(attempt, response, _clock.GetUtcNow());
            if (delay is null)
            {
                var failure = ToException(call, response);
                _logger.LogWarning("Mattermost call {Purpose} failed for good: {Status} {ErrorId} after {Attempt} attempt(s)",
                    call.Purpose, failure.StatusCode == 0 ? response.ResponseStatus.ToString() : failure.StatusCode.ToString(CultureInfo.InvariantCulture), failure.ErrorId, attempt);
                throw failure;
            }
            _logger.LogWarning("Mattermost call {Purpose} got {Status} ({Outcome}); attempt {Attempt} of {MaxAttempts}, retrying in {DelayMs} ms",
                call.Purpose, (int)response.StatusCode, response.ResponseStatus, attempt, RetryPolicy.MaxAttempts, (int)delay.Value.TotalMilliseconds);
            await Task.Delay(delay.Value, _clock, cancellationToken);
        }
    }

    /// <summary>Like <see cref="SendAsync{T}"/>, but a 404 means "no such thing" and gives null.</summary>
    public async Task<T?> FindAsync<T>(MattermostCall call, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await SendAsync<T>(call, cancellationToken);
        }
        catch (MattermostApiException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    private RestRequest BuildRequest(MattermostCall call)
    {
        var request = new RestRequest(call.Resource, call.Method);
        request.AddHeader("Accept", "application/json");
        if (call.Authenticated)
        {
            request.AddHeader("Authorization", "Bearer " + _options.Value.Token);
        }
        if (call.Body is not null)
        {
            request.AddStringBody(MattermostJson.Serialize(call.Body), ContentType.Json);
        }
        if (call.Upload is { } upload)
        {
            // Built again for every attempt, like any request: the bytes stay in memory, nothing is consumed.
            request.AlwaysMultipartFormData = true;
            foreach (var (name, value) in upload.Fields)
            {
                request.AddParameter(name, value);
            }
            request.AddFile(upload.FileField, upload.File.Content, upload.File.FileName, upload.File.ContentType);
        }
        return request;
    }

    private static MattermostApiException ToException(MattermostCall call, RestResponse response)
    {
        var status = (int)response.StatusCode;
        if (status == 0)
        {
            var reason = response.ResponseStatus == ResponseStatus.TimedOut ? "timed out" : response.ErrorMessage ?? "unreachable";
            return new MattermostApiException(call.Purpose, 0, "", reason, response.ErrorException);
        }
        var error = status == 429 ? null : TryReadError(response.Content);
        return new MattermostApiException(call.Purpose, status, error?.Id ?? "", error?.Message ?? "");
    }

    /// <summary>Error bodies are JSON except on 429 (plain text "limit exceeded"), which is never parsed.</summary>
    private static MmError? TryReadError(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || !content.TrimStart().StartsWith('{'))
        {
            return null;
        }
        try
        {
            return MattermostJson.Deserialize<MmError>(content);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

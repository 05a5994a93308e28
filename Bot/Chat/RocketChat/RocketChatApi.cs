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

    public RocketChatApi(IOptions<RocketChatOptions> options, TimeProvider clock, ILogger<RocketChatApi> logger)
    {
        _clock = clock;
        _logger = logger;
        // Built on first use, after the options were validated at start.
        _rest = new Lazy<RestClient>(() => CreateClient(options.Value));
    }

    internal Task<T> GetAsync<T>(string endpoint, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
        where T : class =>
        SendAsync<T>(endpoint, () =>
        {
            var request = new RestRequest(endpoint, Method.Get);
            foreach (var (name, value) in query)
            {
                request.AddQueryParameter(name, value);
            }
            return request;
        }, cancellationToken);

    internal Task<T> PostAsync<T>(string endpoint, object body, CancellationToken cancellationToken)
        where T : class
    {
        var json = ReflectionJson.Serialize(body, RcJson.Options);
        return SendAsync<T>(endpoint, () => new RestRequest(endpoint, Method.Post).AddStringBody(json, ContentType.Json), cancellationToken);
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
        }, cancellationToken);

    public void Dispose()
    {
        if (_rest.IsValueCreated)
        {
            _rest.Value.Dispose();
        }
    }

    private async Task<T> SendAsync<T>(string endpoint, Func<RestRequest> makeRequest, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await _rest.Value.ExecuteAsync(makeRequest(), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            // RestSharp marks HTTP error statuses as ResponseStatus.Error too: only a 0 status means no answer.
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
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

    private static T Read<T>(string endpoint, int status, string? content)
        where T : class
    {
        var error = ReadError(content);
        if (error?.Success == false)
        {
            throw new RocketChatApiException(endpoint, status, error.Error, error.ErrorType);
        }
        try
        {
            return ReflectionJson.Deserialize<T>(content ?? "", RcJson.Options)
                ?? throw new RocketChatApiException(endpoint, status, "empty answer", null);
        }
        catch (JsonException ex)
        {
            throw new RocketChatApiException(endpoint, status, "unreadable answer", null, ex);
        }
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

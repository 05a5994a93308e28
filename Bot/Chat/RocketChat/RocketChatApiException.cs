namespace MissionBot.Chat.RocketChat;

/// <summary>A Rocket.Chat REST call failed for good (after the retries it deserved, if any).</summary>
public sealed class RocketChatApiException : Exception
{
    public RocketChatApiException()
    {
    }

    public RocketChatApiException(string message)
        : base(message)
    {
    }

    public RocketChatApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RocketChatApiException(string endpoint, int statusCode, string? error, string? errorType, Exception? innerException = null)
        : base($"Rocket.Chat {endpoint} failed: {(statusCode == 0 ? "no answer" : statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))} {error}".TrimEnd(), innerException)
    {
        Endpoint = endpoint;
        StatusCode = statusCode;
        Error = error;
        ErrorType = errorType;
    }

    public string Endpoint { get; } = "";

    /// <summary>HTTP status; 0 when the server never answered.</summary>
    public int StatusCode { get; }

    /// <summary>The body's <c>error</c> (a text, or a code such as "error-invalid-user").</summary>
    public string? Error { get; }

    /// <summary>The body's <c>errorType</c> when present, e.g. "error-too-many-requests".</summary>
    public string? ErrorType { get; }
}

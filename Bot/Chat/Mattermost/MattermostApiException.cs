namespace MissionBot.Chat.Mattermost;

/// <summary>
/// A Mattermost REST call that failed for good: the status (0 when no HTTP answer came), Mattermost's
/// error id (branch on it: the message is translated) and what the bot was trying to do, for the logs.
/// </summary>
public sealed class MattermostApiException : Exception, IChatFailure
{
    public MattermostApiException()
    {
    }

    public MattermostApiException(string message)
        : base(message)
    {
    }

    public MattermostApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MattermostApiException(string purpose, int statusCode, string errorId, string serverMessage, Exception? innerException = null)
        : base(Describe(purpose, statusCode, errorId, serverMessage), innerException)
    {
        Purpose = purpose;
        StatusCode = statusCode;
        ErrorId = errorId;
    }

    /// <summary>What the bot was doing, e.g. "post announcement".</summary>
    public string Purpose { get; } = "";

    /// <summary>HTTP status; 0 when the server could not be reached or did not answer in time.</summary>
    public int StatusCode { get; }

    /// <summary>Mattermost's error id, e.g. "api.post.create_post.root_id.app_error"; empty when the body had none.</summary>
    public string ErrorId { get; } = "";

    public bool IsNotFound => StatusCode == 404;

    /// <summary>The server refused the call itself (4xx other than 408 and 429): sending it again cannot help.</summary>
    public bool IsPermanent => StatusCode is >= 400 and < 500 and not 408 and not 429;

    private static string Describe(string purpose, int statusCode, string errorId, string serverMessage)
    {
        var status = statusCode == 0 ? "no answer" : $"HTTP {statusCode}";
        var id = errorId.Length > 0 ? $" {errorId}" : "";
        var message = serverMessage.Length > 0 ? $": {serverMessage}" : "";
        return $"Mattermost call '{purpose}' failed ({status}{id}){message}";
    }
}

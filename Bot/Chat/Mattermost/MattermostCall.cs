using RestSharp;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// One REST call to describe to <see cref="MattermostRestClient.SendAsync"/>: a path under /api/v4 (or an
/// absolute URL such as a command's response_url), a JSON body (or a multipart upload), and the purpose that names it in logs and errors.
/// </summary>
public sealed record MattermostCall(Method Method, string Resource, string Purpose)
{
    /// <summary>Serialised as snake_case JSON; null for no body.</summary>
    public object? Body { get; init; }

    /// <summary>A multipart/form-data body (a file upload) instead of JSON; null for none.</summary>
    public MattermostUpload? Upload { get; init; }

    /// <summary>False for URLs that must not see the bot's token (a slash command's response_url).</summary>
    public bool Authenticated { get; init; } = true;

    /// <summary>
    /// True for an answer that grows with the server (every channel the bot is in, a thousand missed posts): read as
    /// JSON straight from the bytes received when it is large (<see cref="MattermostRestClient.SendAsync{T}"/>).
    /// </summary>
    public bool LargeAnswer { get; init; }

    public static MattermostCall Get(string resource, string purpose) => new(Method.Get, resource, purpose);

    public static MattermostCall Post(string resource, object body, string purpose) => new(Method.Post, resource, purpose) { Body = body };

    public static MattermostCall PostForm(string resource, MattermostUpload upload, string purpose) => new(Method.Post, resource, purpose) { Upload = upload };

    public static MattermostCall Put(string resource, object body, string purpose) => new(Method.Put, resource, purpose) { Body = body };
}

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>An injected failure: the next Remaining REST calls matching Method and PathPrefix get StatusCode.</summary>
internal sealed class FakeFault(string method, string pathPrefix, int statusCode, int remaining)
{
    public string Method { get; } = method;

    public string PathPrefix { get; } = pathPrefix;

    public int StatusCode { get; } = statusCode;

    public int Remaining { get; set; } = remaining;

    public bool Matches(string method, string path) =>
        Remaining > 0
        && string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)
        && path.StartsWith(PathPrefix, StringComparison.Ordinal);
}

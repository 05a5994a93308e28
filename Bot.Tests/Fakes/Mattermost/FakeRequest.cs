namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>One HTTP call the fake received (REST, hooks and websocket handshakes), with the status it answered.</summary>
public sealed record FakeRequest(string Method, string Path, int Status)
{
    /// <summary>The query string as received, e.g. "?since=1700000000000" (empty when there was none).</summary>
    public string Query { get; init; } = "";
}

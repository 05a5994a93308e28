namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>A refusal the fake answers with Mattermost's error JSON (status, id); helpers acting as people
/// surface it to the test as an InvalidOperationException.</summary>
internal sealed class FakeApiException(int status, string errorId, string message, string detailedError = "")
    : Exception(message)
{
    public int Status { get; } = status;

    public string ErrorId { get; } = errorId;

    public string DetailedError { get; } = detailedError;
}

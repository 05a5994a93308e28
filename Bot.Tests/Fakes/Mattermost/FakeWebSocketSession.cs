using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// A websocket "connection" in Mattermost's sense: its connection_id, its own seq counter (hello is 0) and the
/// last 128 events, which outlive the socket so a client reconnecting with connection_id and sequence_number
/// gets what it missed. Only touched under the server's lock.
/// </summary>
internal sealed class FakeWebSocketSession(string connectionId, string userId)
{
    private const int ReplayBufferSize = 128;

    private readonly Queue<(long Seq, string Text)> _recent = new();

    public string ConnectionId { get; } = connectionId;

    public string UserId { get; } = userId;

    public long NextSeq { get; private set; }

    /// <summary>The live socket, or null while the client is away.</summary>
    public FakeWebSocketConnection? Connection { get; set; }

    public void Send(string eventName, JsonObject data, JsonObject broadcast)
    {
        var envelope = new JsonObject
        {
            ["event"] = eventName,
            ["data"] = data,
            ["broadcast"] = broadcast,
            ["seq"] = NextSeq,
        };
        var text = envelope.ToJsonString();
        _recent.Enqueue((NextSeq, text));
        if (_recent.Count > ReplayBufferSize)
        {
            _recent.Dequeue();
        }
        NextSeq++;
        Connection?.Send(text);
    }

    /// <summary>True when every event from <paramref name="sequenceNumber"/> on is still in the buffer.</summary>
    public bool CanResumeFrom(long sequenceNumber) =>
        sequenceNumber == NextSeq
        || (_recent.Count > 0 && sequenceNumber >= _recent.Peek().Seq && sequenceNumber < NextSeq);

    public IEnumerable<string> EventsFrom(long sequenceNumber) =>
        _recent.Where(e => e.Seq >= sequenceNumber).Select(e => e.Text);
}

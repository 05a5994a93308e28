using System.Text.Json.Nodes;

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>A stored message, with what Rocket.Chat changes on it over time (edits, reactions, thread counters).</summary>
public sealed class FakeRcMessage
{
    public required string Id { get; init; }

    public required string RoomId { get; init; }

    public required FakeRcUser Author { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public string Text { get; set; } = "";

    public string? ThreadId { get; init; }

    /// <summary>System message type (uj, ul, ...); null for messages people write.</summary>
    public string? SystemType { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>Attachments exactly as the poster sent them (buttons live here).</summary>
    public JsonArray? Attachments { get; set; }

    /// <summary>":emoji:" to the usernames who reacted with it.</summary>
    public Dictionary<string, List<string>> Reactions { get; } = [];

    /// <summary>Number of thread replies, on a thread root.</summary>
    public int ThreadCount { get; set; }

    public DateTimeOffset? LastThreadReplyAt { get; set; }

    public bool IsDirect { get; init; }

    /// <summary>The file the message shows (<c>rooms.mediaConfirm</c>); null for a plain message.</summary>
    public FakeRcFile? File { get; init; }
}

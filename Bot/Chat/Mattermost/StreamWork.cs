namespace MissionBot.Chat.Mattermost;

/// <summary>
/// One unit of work from the websocket, run in isolation from the others. Work with a <see cref="LaneKey"/>
/// (a post, keyed by its author) runs in order with the other work of that key and alongside the rest; work
/// without one (a catch-up) runs alone, after everything that arrived before it.
/// </summary>
internal sealed record StreamWork(string Event, long Seq, Func<CancellationToken, Task> Run, string? LaneKey = null);

namespace MissionBot.Chat.Mattermost;

/// <summary>One unit of work from the websocket, run in arrival order and in isolation from the others.</summary>
internal sealed record StreamWork(string Event, long Seq, Func<CancellationToken, Task> Run);

using System.Globalization;
using MissionBot.Chat.RocketChat.Wire;

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// Nothing is replayed when the realtime connection comes back, so after a reconnection the bot asks, room by
/// room (<c>subscriptions.get</c>), for the messages changed since the newest one it saw there
/// (<c>chat.syncMessages</c>) and handles them oldest first, through the same filter as live messages: each
/// missed message is handled once, and the live copies that may follow are recognised.
/// </summary>
public sealed class RocketChatCatchUp(
    RocketChatApi api,
    RocketChatMessageFilter filter,
    RocketChatDispatcher dispatcher,
    TimeProvider clock,
    ILogger<RocketChatCatchUp> logger)
{
    private static readonly Dictionary<string, string> NoQuery = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var subscriptions = await api.GetLargeAsync<RcSubscriptionsResponse>("subscriptions.get", NoQuery, cancellationToken);
        var rooms = 0;
        var messages = 0;
        foreach (var room in subscriptions.Update.Where(s => s.Type is "c" or "p" or "d" && s.RoomId.Length > 0))
        {
            var since = filter.CatchUpSince(room.RoomId, clock.GetUtcNow());
            var sync = await api.GetLargeAsync<RcSyncMessagesResponse>("chat.syncMessages", new Dictionary<string, string>
            {
                ["roomId"] = room.RoomId,
                ["lastUpdate"] = since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            }, cancellationToken);
            var updated = sync.Result?.Updated ?? [];
            rooms++;
            // The server lists them newest first; people expect their messages handled in the order they wrote them.
            foreach (var message in updated.Where(m => m.Timestamp is not null).OrderBy(m => m.Timestamp))
            {
                message.RoomId = message.RoomId.Length > 0 ? message.RoomId : room.RoomId;
                await dispatcher.ProcessAsync(message, room.Type, roomParticipant: true, cancellationToken);
                messages++;
            }
        }
        logger.LogInformation("Caught up after reconnection: {Messages} changed message(s) looked at in {Rooms} room(s)", messages, rooms);
    }
}

using MissionBot.Chat.RocketChat.Wire;

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// The stream sends every insert <em>and update</em> of a message (reactions, thread counters, edits), and a
/// catch-up overlaps what the stream already delivered: this decides which ones are new, so each message reaches
/// the domain exactly once. It remembers the last ids handled (a bounded window: when an id is forgotten, its
/// room's floor rises to that message's time, so an old message can never come back as new) and, per room, the
/// newest message seen, where a catch-up starts.
/// </summary>
public sealed class RocketChatMessageFilter(int rememberedIds = RocketChatMessageFilter.DefaultRememberedIds)
{
    public const int DefaultRememberedIds = 5000;

    /// <summary>Tolerance for a server clock slightly behind the bot's when the listening starts.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly HashSet<string> _handled = [];
    private readonly Queue<(string Id, string RoomId, DateTimeOffset At)> _handledOrder = new();
    private readonly Dictionary<string, DateTimeOffset> _roomFloors = [];
    private readonly Dictionary<string, DateTimeOffset> _newestSeen = [];
    private DateTimeOffset? _listeningSince;

    /// <summary>Messages older than the first subscription were never meant for this run of the bot.</summary>
    public void StartListening(DateTimeOffset now)
    {
        lock (_gate)
        {
            _listeningSince ??= now - ClockSkew;
        }
    }

    /// <summary>Where a catch-up of <paramref name="roomId"/> starts: the newest message seen there, or the start.</summary>
    public DateTimeOffset CatchUpSince(string roomId, DateTimeOffset now)
    {
        lock (_gate)
        {
            var since = _listeningSince ?? now;
            return _newestSeen.TryGetValue(roomId, out var newest) && newest > since ? newest : since;
        }
    }

    internal MessageVerdict Judge(RcMessage message, string roomType, bool roomParticipant, string myUserId)
    {
        if (message.Timestamp is not { } at || message.User is null || message.Id.Length == 0 || message.RoomId.Length == 0)
        {
            return MessageVerdict.Malformed;
        }
        lock (_gate)
        {
            if (!_newestSeen.TryGetValue(message.RoomId, out var newest) || at > newest)
            {
                _newestSeen[message.RoomId] = at;
            }
            var verdict = Classify(message, at, roomType, roomParticipant, myUserId);
            if (verdict == MessageVerdict.New)
            {
                Remember(message.Id, message.RoomId, at);
            }
            return verdict;
        }
    }

    private MessageVerdict Classify(RcMessage message, DateTimeOffset at, string roomType, bool roomParticipant, string myUserId)
    {
        if (_handled.Contains(message.Id))
        {
            return MessageVerdict.AlreadyHandled;
        }
        var floor = _roomFloors.TryGetValue(message.RoomId, out var roomFloor) && roomFloor > (_listeningSince ?? DateTimeOffset.MinValue)
            ? roomFloor
            : _listeningSince;
        if (floor is null || at <= floor)
        {
            return MessageVerdict.OlderThanListening;
        }
        if (message.User!.Id == myUserId)
        {
            return MessageVerdict.OwnMessage;
        }
        if (!string.IsNullOrEmpty(message.Type))
        {
            return MessageVerdict.SystemMessage;
        }
        if (roomType is not ("c" or "p" or "d"))
        {
            return MessageVerdict.UnsupportedRoom;
        }
        if (!roomParticipant && roomType != "d")
        {
            return MessageVerdict.RoomNotJoined;
        }
        return message.EditedAt is not null ? MessageVerdict.Edit : MessageVerdict.New;
    }

    private void Remember(string id, string roomId, DateTimeOffset at)
    {
        _handled.Add(id);
        _handledOrder.Enqueue((id, roomId, at));
        while (_handledOrder.Count > rememberedIds)
        {
            var forgotten = _handledOrder.Dequeue();
            _handled.Remove(forgotten.Id);
            if (!_roomFloors.TryGetValue(forgotten.RoomId, out var floor) || forgotten.At > floor)
            {
                _roomFloors[forgotten.RoomId] = forgotten.At;
            }
        }
    }
}

using MissionBot.Chat.RocketChat.Wire;

namespace MissionBot.Chat.RocketChat;

/// <summary>One <c>__my_messages__</c> event: a message inserted or updated, and its room.</summary>
internal sealed record RealtimeMessage(RcMessage Message, RcRoomEventInfo Room) : RealtimeEvent;

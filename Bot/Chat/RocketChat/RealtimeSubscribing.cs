namespace MissionBot.Chat.RocketChat;

/// <summary>
/// The bot is logged in and about to subscribe: queued before any message of the new subscription, so a
/// catch-up after a reconnection runs before the live messages that follow it. <see cref="At"/> is when the
/// login succeeded: the first time, messages older than that are not for this run of the bot.
/// </summary>
internal sealed record RealtimeSubscribing(bool IsReconnection, DateTimeOffset At) : RealtimeEvent;

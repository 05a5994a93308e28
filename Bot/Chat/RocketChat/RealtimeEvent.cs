namespace MissionBot.Chat.RocketChat;

/// <summary>What the realtime connection hands to the listener, in the order it happened.</summary>
internal abstract record RealtimeEvent;

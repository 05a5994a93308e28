namespace MissionBot.Chat;

/// <summary>Where a post lives: enough to reply in its thread, react to it or edit it.</summary>
public sealed record PostRef(string ChannelId, string PostId);

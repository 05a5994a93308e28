namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>A trigger_id handed to the bot with a slash command or a button click, valid until ExpiresAt (ms).</summary>
internal sealed record FakeTrigger(string Id, string UserId, string ChannelId, long ExpiresAt);

namespace MissionBot.Tests.Fakes.Mattermost;

public sealed record FakeReaction(string UserId, string PostId, string EmojiName);

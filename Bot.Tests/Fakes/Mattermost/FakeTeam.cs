namespace MissionBot.Tests.Fakes.Mattermost;

public sealed record FakeTeam(string Id, string Name);

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>A Mattermost account known to the fake; people get a token too so tests can call the API as them.</summary>
public sealed record FakeUser(string Id, string Username, string Token);

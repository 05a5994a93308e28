namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>A user of the fake server; <see cref="Token"/> is its personal access token.</summary>
public sealed record FakeRcUser(string Id, string Username, string Name, string Token, bool IsBot = false);

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>A channel: Type is "O" (public) or "D" (direct message); TeamId is empty for direct messages.</summary>
public sealed record FakeChannel(string Id, string Name, string Type, string TeamId);

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>One REST call the bot made, as the fake server saw it.</summary>
public sealed record FakeRcCall(string Method, string Endpoint, string Query, string Body, int Status, DateTimeOffset At);

namespace MissionBot.Tests.Fakes.RocketChat;

/// <summary>
/// Rocket.Chat's REST limiter, per endpoint: <paramref name="Limit"/> calls per fixed <paramref name="Window"/>,
/// the reset announced in epoch milliseconds.
/// </summary>
public sealed record FakeRcRateLimit(int Limit, TimeSpan Window);

namespace MissionBot.Tests.EndToEnd.Parity;

/// <summary>A person on the platform under test, as the shared scenarios see them.</summary>
public sealed record PlatformUser(string Id, string Username);

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>One call the fake server made to <see cref="RecordingBotEndpoint"/>.</summary>
public sealed record BotEndpointCall(string Path, string Authorization, string ContentType, string Body);

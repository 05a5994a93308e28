namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>
/// A message only one person sees: the ephemeral_text of a button click answer, as Mattermost would show it.
/// </summary>
public sealed record FakeEphemeral(string UserId, string ChannelId, string Text);

namespace MissionBot.Tests.EndToEnd.Parity;

/// <summary>A message the bot posted (an announcement), as the shared scenarios read it.</summary>
public sealed record BotPost(string Id, string Text);

namespace MissionBot.Chat;

/// <summary>A person (or bot) account on the chat platform.</summary>
public sealed record ChatUser(string Id, string Username, string DisplayName = "");

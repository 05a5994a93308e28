namespace MissionBot.Commands.Decisions;

/// <summary>A line a feature's parser refused, with the friendly explanation to show; nothing is done.</summary>
public sealed record RefusedCommand(string Message) : ParsedCommand;

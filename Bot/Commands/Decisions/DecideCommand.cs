using MissionBot.Decisions;

namespace MissionBot.Commands.Decisions;

/// <summary>"/mission select|close|cancel 12 ...", parsed.</summary>
public sealed record DecideCommand(DecisionRequest Request) : ParsedCommand;

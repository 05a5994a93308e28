using MissionBot.Missions;

namespace MissionBot.Commands;

/// <summary>What a "/mission ..." line asks for, once parsed. Each feature adds its own records.</summary>
public abstract record ParsedCommand;

public sealed record HelpCommand : ParsedCommand;

/// <summary>"/mission new": <see cref="Draft"/> is null when no text was given (open the form).</summary>
public sealed record NewMissionCommand(MissionDraft? Draft) : ParsedCommand;

public sealed record JoinCommand(int MissionNumber) : ParsedCommand;

public sealed record LeaveCommand(int MissionNumber) : ParsedCommand;

public sealed record ListCommand : ParsedCommand;

public sealed record ShowCommand(int MissionNumber) : ParsedCommand;

/// <summary>The line could not be understood; <see cref="Error"/> says why, nothing is done.</summary>
public sealed record InvalidCommand(CommandError Error) : ParsedCommand;

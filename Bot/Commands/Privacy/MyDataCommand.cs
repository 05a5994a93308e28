namespace MissionBot.Commands.Privacy;

/// <summary>"/mission my-data", parsed.</summary>
public sealed record MyDataCommand : ParsedCommand;

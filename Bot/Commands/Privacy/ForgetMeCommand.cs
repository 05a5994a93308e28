namespace MissionBot.Commands.Privacy;

/// <summary>"/mission forget-me [confirmer]", parsed.</summary>
public sealed record ForgetMeCommand(bool Confirmed) : ParsedCommand;

namespace MissionBot.Commands.FollowUp;

/// <summary>"/mission contribution 12 150€", parsed: <see cref="Given"/> is money or a contribution in kind.</summary>
public sealed record ContributionCommand(int MissionNumber, string Given) : ParsedCommand;

namespace MissionBot.Commands.FollowUp;

/// <summary>"/mission avis 12 4 Très bonne équipe", parsed.</summary>
public sealed record FeedbackCommand(int MissionNumber, int Rating, string Comment) : ParsedCommand;

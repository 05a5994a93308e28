namespace MissionBot.Reports;

/// <summary>Ratings given after the year's missions.</summary>
public sealed record FeedbackFigures(int Answers, double? AverageRating);

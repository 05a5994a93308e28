namespace MissionBot.Reports;

/// <summary>An owner's responsiveness on the year's missions (empty username: someone who asked to be forgotten).</summary>
public sealed record OwnerFigures(string Username, int Counted, int Answered, double AnsweredShare, double? MedianDays);

namespace MissionBot.Reports;

/// <summary>Missions posted in the year, by what became of them (<see cref="Done"/> is part of <see cref="Filled"/>).</summary>
public sealed record MissionCounts(int Posted, int Filled, int Done, int Closed, int Cancelled, int Open);

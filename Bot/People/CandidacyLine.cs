using MissionBot.Missions;

namespace MissionBot.People;

/// <summary>One candidacy as "/mission me" lists it.</summary>
public sealed record CandidacyLine(int MissionNumber, string MissionTitle, CandidacyStatus Status, CandidacySource Source);

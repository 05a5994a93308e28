using MissionBot.Interpellation;

namespace MissionBot.People;

/// <summary>One solicitation as "/mission me" lists it.</summary>
public sealed record PingLine(int MissionNumber, string MissionTitle, PingKind Kind, DateTime At);

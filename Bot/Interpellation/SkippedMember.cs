namespace MissionBot.Interpellation;

/// <summary>Someone who ranked high enough but was not asked, and why.</summary>
public sealed record SkippedMember(string PersonId, string Username, SkipReason Reason, DateTime? PausedUntil = null);

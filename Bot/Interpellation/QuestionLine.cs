namespace MissionBot.Interpellation;

/// <summary>An open question, as the bot recalls it when an answer is ambiguous.</summary>
public sealed record QuestionLine(int MissionNumber, string MissionTitle, PingKind Kind);

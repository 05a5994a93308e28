namespace MissionBot.Decisions;

/// <summary>Reminders sent to a mission's owner about candidacies waiting for an answer.</summary>
public sealed class AnswerReminder
{
    public int MissionNumber { get; set; }

    public int Count { get; set; }

    public DateTime LastSentAt { get; set; }
}

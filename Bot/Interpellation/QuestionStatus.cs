namespace MissionBot.Interpellation;

public enum QuestionStatus
{
    Open,
    Answered,

    /// <summary>The mission closed (or its due date passed) before an answer came.</summary>
    Expired,
}

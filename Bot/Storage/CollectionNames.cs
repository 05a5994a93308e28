namespace MissionBot.Storage;

/// <summary>
/// Every collection the bot keeps. <see cref="BotDatabase"/> creates them all when it opens, before any other thread
/// uses the database: LiteDB 5 reads its list of collections without a lock while the commit creating a collection
/// adds to it, so a collection created while the bot runs could fail a read elsewhere ("Collection was modified").
/// A repository opens its collection by one of these names; <see cref="BotDatabase.Collection{T}"/> refuses any other.
/// </summary>
public static class CollectionNames
{
    public const string Missions = "missions";
    public const string Candidacies = "candidacies";
    public const string People = "people";
    public const string ProcessedMessages = "processed_messages";
    public const string Watermarks = "watermarks";
    public const string Outbox = "outbox";
    public const string Pings = "pings";
    public const string Profiles = "profiles";
    public const string Questions = "questions";
    public const string Cooptations = "cooptations";
    public const string AnswerReminders = "answer_reminders";
    public const string Contributions = "contributions";
    public const string Evidence = "mission_evidence";
    public const string Feedback = "mission_feedback";
    public const string Juries = "juries";
    public const string JuryScores = "jury_scores";
    public const string DecisionQuestions = "decision_questions";
    public const string Waves = "waves";

    public static IReadOnlyList<string> All { get; } =
    [
        Missions, Candidacies, People, ProcessedMessages, Watermarks, Outbox, Pings, Profiles, Questions, Cooptations,
        AnswerReminders, Contributions, Evidence, Feedback, Juries, JuryScores, DecisionQuestions, Waves,
    ];
}

using LiteDB;
using MissionBot.Decisions;

namespace MissionBot.Storage;

/// <summary>When owners were last reminded of waiting candidates (collection "answer_reminders").</summary>
public sealed class AnswerReminderRepository
{
    private readonly ILiteCollection<AnswerReminder> _reminders;

    public AnswerReminderRepository(BotDatabase db)
    {
        db.Mapper.Entity<AnswerReminder>().Id(r => r.MissionNumber, autoId: false);
        _reminders = db.Collection<AnswerReminder>(CollectionNames.AnswerReminders);
    }

    public AnswerReminder? Find(int missionNumber) => _reminders.FindById(missionNumber);

    public void Save(AnswerReminder reminder) => _reminders.Upsert(reminder);
}

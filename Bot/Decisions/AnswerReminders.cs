using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts.Decisions;

namespace MissionBot.Decisions;

/// <summary>
/// Reminds owners privately of candidacies waiting too long for an answer: once a candidacy has waited
/// ReminderAfterDays, and then at most once every ReminderEveryDays per mission.
/// </summary>
public sealed class AnswerReminders(
    MissionRepository missions,
    CandidacyRepository candidacies,
    AnswerReminderRepository reminders,
    IOptions<DecisionsOptions> options,
    IChatClient chat,
    DecisionTexts texts,
    TimeProvider clock,
    ILogger<AnswerReminders> logger)
{
    /// <summary>Sends the reminders that are due; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var after = TimeSpan.FromDays(options.Value.ReminderAfterDays);
        var every = TimeSpan.FromDays(options.Value.ReminderEveryDays);
        var sent = 0;
        foreach (var mission in missions.ListOpen())
        {
            var waiting = candidacies.ForMission(mission.Number)
                .Where(c => c.Status == CandidacyStatus.Active && c.CreatedAt <= now - after)
                .ToList();
            var last = reminders.Find(mission.Number);
            if (waiting.Count == 0 || (last is not null && last.LastSentAt > now - every))
            {
                continue;
            }
            var count = (last?.Count ?? 0) + 1;
            var text = texts.Reminder(mission, waiting.Select(c => c.Username).ToList(), options.Value.ReminderAfterDays);
            try
            {
                await chat.SendDirectAsync(mission.OwnerId, new OutgoingMessage(text) { IdempotencyKey = $"reminder:{mission.Number}:{count}" }, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Reminder for mission {MissionNumber} not sent yet: {Error}", mission.Number, ex.Message);
            }
            reminders.Save(new AnswerReminder { MissionNumber = mission.Number, Count = count, LastSentAt = now });
            logger.LogInformation("Owner {Owner} reminded of {Waiting} candidacies waiting on mission {MissionNumber}",
                mission.OwnerUsername, waiting.Count, mission.Number);
            sent++;
        }
        return sent;
    }
}

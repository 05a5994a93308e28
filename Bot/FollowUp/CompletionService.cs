using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Storage;
using MissionBot.Texts.FollowUp;

namespace MissionBot.FollowUp;

/// <summary>
/// A filled mission is done when its owner says so or when its due date has passed: its skills become evidence
/// for the people who did it, and they and the owner are asked privately for a rating and one sentence.
/// </summary>
public sealed class CompletionService(
    MissionRepository missions,
    CandidacyRepository candidacies,
    MissionHistory history,
    FeedbackRepository feedback,
    MissionAccess access,
    IEnumerable<IMissionDoneListener> listeners,
    IChatClient chat,
    FollowUpTexts texts,
    TimeProvider clock,
    ILogger<CompletionService> logger)
{
    /// <summary>"/mission done 12" (or "close" on a filled mission): returns how many people were asked for feedback.</summary>
    public async Task<(DoneOutcome Outcome, Mission? Mission, int Asked)> MarkDoneAsync(int number, ChatUser person, CancellationToken cancellationToken)
    {
        if (missions.Find(number) is not { } mission)
        {
            return (DoneOutcome.NotFound, null, 0);
        }
        if (!access.IsOwnerOrCoordinator(mission, person))
        {
            logger.LogInformation("{Person} may not mark mission {MissionNumber} done", person.Username, number);
            return (DoneOutcome.NotAllowed, mission, 0);
        }
        if (mission.Status != MissionStatus.Filled)
        {
            return (DoneOutcome.NotFilled, mission, 0);
        }
        if (mission.CompletedAt is not null)
        {
            return (DoneOutcome.AlreadyDone, mission, 0);
        }
        var asked = await CompleteAsync(mission, cancellationToken);
        return (DoneOutcome.Done, mission, asked);
    }

    /// <summary>Completes the filled missions whose due date has passed; returns how many.</summary>
    public async Task<int> CompleteDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = history.ByStatus(MissionStatus.Filled)
            .Where(m => m.CompletedAt is null && m.DueDate is { } d && d.AddDays(1) <= now)
            .ToList();
        foreach (var mission in due)
        {
            await CompleteAsync(mission, cancellationToken);
        }
        return due.Count;
    }

    private async Task<int> CompleteAsync(Mission mission, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        mission.CompletedAt = now;
        missions.Update(mission);
        var selected = candidacies.ForMission(mission.Number)
            .Where(c => c.Status == CandidacyStatus.Selected && !ForgottenPerson.Is(c.PersonId))
            .ToList();
        logger.LogInformation("Mission {MissionNumber} done by {Count} person(s)", mission.Number, selected.Count);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.MissionDoneAsync(mission, selected, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Listener} failed on mission {MissionNumber} done", listener.GetType().Name, mission.Number);
            }
        }
        var names = selected.Select(s => s.Username).ToList();
        var asked = 0;
        foreach (var (personId, username, isOwner) in selected.Select(s => (s.PersonId, s.Username, false)).Append((mission.OwnerId, mission.OwnerUsername, true)))
        {
            if (ForgottenPerson.Is(personId) || !feedback.AddIfMissing(new MissionFeedback { MissionNumber = mission.Number, PersonId = personId, Username = username, IsOwner = isOwner, AskedAt = now }))
            {
                continue;
            }
            asked++;
            try
            {
                var message = new OutgoingMessage(texts.FeedbackAsk(mission, isOwner, names)) { IdempotencyKey = $"feedback-ask:{mission.Number}:{personId}" };
                await chat.SendDirectAsync(personId, message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Feedback question on mission {MissionNumber} not sent yet: {Error}", mission.Number, ex.Message);
            }
        }
        return asked;
    }
}

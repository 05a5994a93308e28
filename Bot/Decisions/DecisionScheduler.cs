using Microsoft.Extensions.Options;
using MissionBot.FollowUp;
using MissionBot.Hosting;
using MissionBot.Storage;

namespace MissionBot.Decisions;

/// <summary>
/// Runs what is due with time, on the injected clock: reminders to owners of waiting candidates, missions whose
/// due date passed (feedback, evidence), and answers a crash may have left unsent. Tests call
/// <see cref="RunDueAsync"/> directly after moving the fake clock.
/// </summary>
public sealed class DecisionScheduler(
    AnswerReminders reminders,
    CompletionService completion,
    DecisionService decisions,
    MissionHistory history,
    OutboxRepository outbox,
    IOptions<DecisionsOptions> options,
    TimeProvider clock,
    ILogger<DecisionScheduler> logger) : BackgroundService
{
    /// <summary>How far back decided missions are checked for answers that were never recorded in the outbox.</summary>
    public static readonly TimeSpan ResendWindow = TimeSpan.FromDays(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.CheckEveryMinutes), clock);
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Due work failed; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round of due work; returns how many things were done (reminders, completions, resent decisions).</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var done = await reminders.RunAsync(cancellationToken);
        done += await completion.CompleteDueAsync(cancellationToken);
        done += await ResendMissingAnswersAsync(cancellationToken);
        return done;
    }

    /// <summary>A crash between recording a decision and sending its answers leaves them unsent: send them now.</summary>
    private async Task<int> ResendMissingAnswersAsync(CancellationToken cancellationToken)
    {
        var resent = 0;
        var recent = history.ClosedSince(clock.GetUtcNow().UtcDateTime - ResendWindow);
        foreach (var mission in recent)
        {
            var missing = history.CandidaciesOf([mission])
                .Where(c => c.AnsweredAt is not null && !People.ForgottenPerson.Is(c.PersonId))
                .Any(c => outbox.Find(DecisionService.SelectedKey(mission, c)) is null && outbox.Find(DecisionService.RefusalKey(mission, c)) is null);
            if (missing)
            {
                logger.LogWarning("Answers of mission {MissionNumber} were not all sent; sending them now", mission.Number);
                await decisions.SendAnswersAsync(mission, cancellationToken);
                resent++;
            }
        }
        return resent;
    }
}

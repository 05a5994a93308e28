using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Cooptation;
using MissionBot.Hosting;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Waves;

/// <summary>
/// Runs "vagues: auto" missions: targeted before open. Wave 1 asks trusted people for recommendations; if after
/// the configured delay there are not enough candidates, wave 2 pings the best-ranked members; after another delay,
/// wave 3 announces the mission in the channel. The owner is told at each step. Plans are stored with their next
/// due time, so a restart picks up where it was; <see cref="RunDueAsync"/> runs whatever is due on the injected clock.
/// </summary>
public sealed class WaveScheduler(
    WavePlanRepository plans,
    MissionRepository missions,
    CandidacyRepository candidacies,
    CooptationService cooptation,
    PingService pings,
    MissionChannel channel,
    Announcements announcements,
    IChatClient chat,
    InterpellationTexts texts,
    IOptions<InterpellationOptions> options,
    TimeProvider clock,
    ILogger<WaveScheduler> logger) : IMissionCreatedListener, IDisposable
{
    /// <summary>How long to wait before trying again to post an open call that failed.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _running = new(1, 1);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a plan is created or stopped, so the background loop recomputes its sleep.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    private TimeSpan Delay => TimeSpan.FromHours(options.Value.WaveDelayHours);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task MissionCreatedAsync(Mission mission, CancellationToken cancellationToken)
    {
        if (!mission.Waves)
        {
            return;
        }
        await _running.WaitAsync(cancellationToken);
        try
        {
            var plan = new WavePlan { Id = mission.Number, Stage = WaveStage.Cooptation, StartedAt = Now };
            plans.Save(plan);
            logger.LogInformation("Waves started for mission {MissionNumber}", mission.Number);
            await CooptationWaveAsync(plan, mission, cancellationToken);
        }
        finally
        {
            _running.Release();
        }
        Signal();
    }

    /// <summary>Advances every plan that is due now; returns how many were due. Safe to call from tests.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            var due = plans.Due(Now);
            foreach (var plan in due)
            {
                try
                {
                    await AdvanceAsync(plan, missions.Find(plan.Id), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One broken plan must not block the others: try it again later.
                    logger.LogError(ex, "Wave of mission {MissionNumber} failed; retrying later", plan.Id);
                    plan.NextAt = Now + RetryDelay;
                    plans.Save(plan);
                }
            }
            return due.Count;
        }
        finally
        {
            _running.Release();
        }
    }

    public DateTime? NextDueAt() => plans.NextDueAt();

    public WavePlan? Find(int missionNumber) => plans.Find(missionNumber);

    /// <summary>Halts a running plan; false when there was none running.</summary>
    public bool Stop(int missionNumber)
    {
        var plan = plans.Find(missionNumber);
        if (plan is not { IsRunning: true })
        {
            return false;
        }
        plan.Stage = WaveStage.Stopped;
        plan.NextAt = null;
        plans.Save(plan);
        logger.LogInformation("Waves of mission {MissionNumber} stopped by the owner", missionNumber);
        Signal();
        return true;
    }

    public void Dispose() => _running.Dispose();

    private async Task AdvanceAsync(WavePlan plan, Mission? mission, CancellationToken cancellationToken)
    {
        if (mission is not { IsOpen: true })
        {
            Finish(plan, WaveStage.Finished);
            return;
        }
        var candidates = candidacies.CountActive(mission.Number);
        if (candidates >= options.Value.WaveEnoughCandidates)
        {
            Finish(plan, WaveStage.Finished);
            logger.LogInformation("Waves of mission {MissionNumber} end: {Candidates} candidates", mission.Number, candidates);
            await TellOwnerAsync(mission, texts.WavesEnough(mission, candidates), cancellationToken);
            return;
        }
        if (plan.Stage == WaveStage.Cooptation)
        {
            await PingWaveAsync(plan, mission, cancellationToken);
        }
        else
        {
            await OpenCallWaveAsync(plan, mission, cancellationToken);
        }
    }

    private async Task CooptationWaveAsync(WavePlan plan, Mission mission, CancellationToken cancellationToken)
    {
        var report = await cooptation.AskAsync(mission, [], cancellationToken);
        if (report.Asked.Count == 0)
        {
            await TellOwnerAsync(mission, texts.WaveCooptationNobody(mission), cancellationToken);
            await PingWaveAsync(plan, mission, cancellationToken);
            return;
        }
        Schedule(plan, WaveStage.Cooptation);
        await TellOwnerAsync(mission, texts.WaveCooptation(report, plan.NextAt!.Value), cancellationToken);
    }

    private async Task PingWaveAsync(WavePlan plan, Mission mission, CancellationToken cancellationToken)
    {
        var report = await pings.PingAsync(mission, options.Value.DefaultPingCount, cancellationToken);
        if (report.Asked.Count == 0)
        {
            await TellOwnerAsync(mission, texts.WavePingsNobody(mission), cancellationToken);
            await OpenCallWaveAsync(plan, mission, cancellationToken);
            return;
        }
        Schedule(plan, WaveStage.Pings);
        await TellOwnerAsync(mission, texts.WavePings(report, plan.NextAt!.Value), cancellationToken);
    }

    private async Task OpenCallWaveAsync(WavePlan plan, Mission mission, CancellationToken cancellationToken)
    {
        if (mission.AnnouncementPostId.Length == 0)
        {
            try
            {
                var channelId = await channel.IdAsync(cancellationToken);
                var post = await announcements.PostAsync(channelId, mission, cancellationToken);
                mission.ChannelId = post.ChannelId;
                mission.AnnouncementPostId = post.PostId;
                missions.Update(mission);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Open call of mission {MissionNumber} could not be posted; retrying later", mission.Number);
                plan.Stage = WaveStage.Pings;
                plan.NextAt = Now + RetryDelay;
                plans.Save(plan);
                await TellOwnerAsync(mission, texts.WaveOpenCallFailed(mission), cancellationToken);
                return;
            }
        }
        Finish(plan, WaveStage.OpenCall);
        logger.LogInformation("Open call of mission {MissionNumber} posted as {PostId}", mission.Number, mission.AnnouncementPostId);
        await TellOwnerAsync(mission, texts.WaveOpenCall(mission), cancellationToken);
    }

    private void Schedule(WavePlan plan, WaveStage stage)
    {
        plan.Stage = stage;
        plan.NextAt = Now + Delay;
        plans.Save(plan);
        logger.LogInformation("Mission {MissionNumber} in wave {Stage}; next at {NextAt}", plan.Id, stage, plan.NextAt);
    }

    private void Finish(WavePlan plan, WaveStage stage)
    {
        plan.Stage = stage;
        plan.NextAt = null;
        plans.Save(plan);
    }

    private void Signal() =>
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    private async Task TellOwnerAsync(Mission mission, string text, CancellationToken cancellationToken)
    {
        try
        {
            await chat.SendDirectAsync(mission.OwnerId, new OutgoingMessage(text), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell {Owner} about the waves of mission {MissionNumber}", mission.OwnerUsername, mission.Number);
        }
    }
}

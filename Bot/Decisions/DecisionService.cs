using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Storage;
using MissionBot.Texts.Decisions;

namespace MissionBot.Decisions;

/// <summary>
/// Decides a mission: selects people, closes or cancels it, and answers every candidate privately (selected
/// or not, with a reason from the grid). Nothing is sent until every waiting candidate has an answer: when a
/// reason is missing, the decider is asked for it first.
/// </summary>
public sealed class DecisionService(
    MissionRepository missions,
    CandidacyRepository candidacies,
    DecisionStore store,
    PendingDecisionRepository questions,
    RefusalReasonGrid grid,
    MissionAccess access,
    IEnumerable<IMissionDeciders> deciders,
    IEnumerable<IRefusalDetail> details,
    Announcements announcements,
    ResponsivenessService responsiveness,
    IChatClient chat,
    DecisionTexts texts,
    TimeProvider clock,
    ILogger<DecisionService> logger) : IDisposable
{
    // One decision at a time: two deciders must not both answer the same candidates.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<DecisionResult> DecideAsync(DecisionRequest request, ChatUser decider, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await DecideLockedAsync(request, decider, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether this person may decide for this mission (owner, coordinator or juror).</summary>
    public bool MayDecide(Mission mission, ChatUser person) =>
        access.IsOwnerOrCoordinator(mission, person) || deciders.Any(d => d.MayDecide(mission.Number, person.Id));

    private async Task<DecisionResult> DecideLockedAsync(DecisionRequest request, ChatUser decider, CancellationToken cancellationToken)
    {
        if (missions.Find(request.MissionNumber) is not { } mission)
        {
            return new DecisionResult(DecisionOutcome.NotFound);
        }
        if (!MayDecide(mission, decider))
        {
            logger.LogInformation("{Person} may not decide for mission {MissionNumber}", decider.Username, mission.Number);
            return new DecisionResult(DecisionOutcome.NotAllowed, mission);
        }
        if (!mission.IsOpen)
        {
            return new DecisionResult(DecisionOutcome.NotOpen, mission);
        }
        var all = CandidateLabels.Of(candidacies.ForMission(mission.Number)).Select(l => l.Candidacy).ToList();
        var waiting = all.Where(c => c.Status == CandidacyStatus.Active).ToList();
        var selected = new List<Candidacy>();
        foreach (var typed in request.Kind == DecisionKind.Select ? request.Chosen : [])
        {
            var candidacy = CandidateLabels.Resolve(all, typed);
            if (candidacy is not { Status: CandidacyStatus.Active })
            {
                return new DecisionResult(DecisionOutcome.NotACandidate, mission) { Detail = typed, Others = waiting };
            }
            if (!selected.Contains(candidacy))
            {
                selected.Add(candidacy);
            }
        }
        var others = waiting.Where(c => !selected.Contains(c)).ToList();

        RefusalReason? reason = null;
        if (request.Reason.Trim().Length > 0)
        {
            reason = grid.Find(request.Reason);
            if (reason is null)
            {
                return new DecisionResult(DecisionOutcome.UnknownReason, mission) { Detail = request.Reason, Selected = selected, Others = others };
            }
        }
        else if (others.Count > 0)
        {
            var fallback = request.Kind == DecisionKind.Cancel ? grid.Cancel : grid.Default;
            if (request.Kind == DecisionKind.Select || !request.Confirmed)
            {
                await AskAsync(mission, request, decider, selected, others, fallback, cancellationToken);
                var outcome = request.Kind == DecisionKind.Select ? DecisionOutcome.ReasonNeeded : DecisionOutcome.ConfirmationNeeded;
                return new DecisionResult(outcome, mission) { Selected = selected, Others = others, Reason = fallback };
            }
            reason = fallback;
        }

        mission.Status = request.Kind switch
        {
            DecisionKind.Select => MissionStatus.Filled,
            DecisionKind.Cancel => MissionStatus.Cancelled,
            _ => MissionStatus.Closed,
        };
        store.Record(mission, selected, others, reason?.Text ?? "", clock.GetUtcNow().UtcDateTime);
        responsiveness.Forget(mission.OwnerId);
        questions.DeleteForMission(mission.Number);
        logger.LogInformation("Mission {MissionNumber} decided by {Person}: {Status}, {Selected} selected, {Others} answered with reason {Reason}",
            mission.Number, decider.Username, mission.Status, selected.Count, others.Count, reason?.Label ?? "-");

        await SendAnswersAsync(mission, cancellationToken);
        if (decider.Id != mission.OwnerId)
        {
            var told = texts.OwnerToldOfDecision(mission, decider.Username, selected.Select(s => s.Username).ToList());
            await TrySendDirectAsync(mission.OwnerId, told, $"decided-owner:{mission.Number}", cancellationToken);
        }
        return new DecisionResult(DecisionOutcome.Decided, mission) { Selected = selected, Others = others, Reason = reason };
    }

    /// <summary>
    /// Sends every answer of a decided mission, its thread line and the updated announcement. Each message has
    /// its own key, so calling it again (after a crash) only sends what is missing.
    /// </summary>
    public async Task SendAnswersAsync(Mission mission, CancellationToken cancellationToken)
    {
        var answered = candidacies.ForMission(mission.Number).Where(c => c.AnsweredAt is not null).ToList();
        foreach (var candidacy in answered.Where(c => !ForgottenPerson.Is(c.PersonId)))
        {
            if (candidacy.Status == CandidacyStatus.Selected)
            {
                await TrySendDirectAsync(candidacy.PersonId, texts.SelectedMessage(mission), SelectedKey(mission, candidacy), cancellationToken);
                continue;
            }
            var detail = details.Select(d => d.DetailFor(mission, candidacy)).FirstOrDefault(d => !string.IsNullOrEmpty(d));
            await TrySendDirectAsync(candidacy.PersonId, texts.NotSelectedMessage(mission, candidacy.Answer, detail), RefusalKey(mission, candidacy), cancellationToken);
        }
        var selectedNames = answered.Where(c => c.Status == CandidacyStatus.Selected).Select(c => c.Username).ToList();
        try
        {
            if (mission.AnnouncementPostId.Length > 0)
            {
                var line = new OutgoingMessage(texts.ThreadLine(mission, selectedNames, answered.Count))
                {
                    ThreadRootId = mission.AnnouncementPostId,
                    IdempotencyKey = $"decision-thread:{mission.Number}",
                };
                await chat.PostAsync(mission.ChannelId, line, cancellationToken);
            }
            await announcements.RefreshAsync(mission, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not update the thread or the announcement of mission {MissionNumber}", mission.Number);
        }
    }

    public static string SelectedKey(Mission mission, Candidacy candidacy) => $"selected:{mission.Number}:{candidacy.PersonId}";

    public static string RefusalKey(Mission mission, Candidacy candidacy) => $"refusal:{mission.Number}:{candidacy.PersonId}";

    public void Dispose() => _gate.Dispose();

    private async Task AskAsync(
        Mission mission, DecisionRequest request, ChatUser decider, List<Candidacy> selected, List<Candidacy> others,
        RefusalReason fallback, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        questions.Save(new PendingDecision
        {
            PersonId = decider.Id,
            MissionNumber = mission.Number,
            Kind = request.Kind,
            Chosen = request.Chosen.ToList(),
            AskedAt = now,
        });
        var waiting = others.Select(o => o.Username).ToList();
        var text = request.Kind == DecisionKind.Select
            ? texts.ReasonAsked(mission, selected.Select(s => s.Username).ToList(), waiting, grid.For(request.Kind))
            : texts.ConfirmationAsked(mission, request.Kind, waiting, fallback, grid.For(request.Kind));
        var buttons = new List<ChatButton>();
        if (request.Kind != DecisionKind.Select)
        {
            buttons.Add(new ChatButton("confirm", texts.ConfirmButton, $"{CommandName(request.Kind)} {mission.Number} confirmer"));
        }
        buttons.AddRange(grid.For(request.Kind).Select(r => new ChatButton($"reason-{r.Number}", r.Label, CommandWithReason(request, r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var message = new OutgoingMessage(text) { Buttons = buttons, IdempotencyKey = $"decision-ask:{mission.Number}:{decider.Id}:{now.Ticks}" };
        try
        {
            await chat.SendDirectAsync(decider.Id, message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not ask {Person} for a reason on mission {MissionNumber}", decider.Username, mission.Number);
        }
        logger.LogInformation("Decision on mission {MissionNumber} waits for a reason from {Person} ({Waiting} candidates waiting)",
            mission.Number, decider.Username, others.Count);
    }

    /// <summary>The typed twin of a decision with its reason ("select 12 @bob raison: 2").</summary>
    public static string CommandWithReason(DecisionRequest request, string reason, string reasonWord = "raison") =>
        string.Join(' ', new[] { CommandName(request.Kind), request.MissionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Concat(request.Kind == DecisionKind.Select ? request.Chosen : [])
            .Append($"{reasonWord}: {reason}"));

    public static string CommandName(DecisionKind kind) => kind switch
    {
        DecisionKind.Select => "select",
        DecisionKind.Cancel => "cancel",
        _ => "close",
    };

    private async Task TrySendDirectAsync(string personId, string text, string key, CancellationToken cancellationToken)
    {
        try
        {
            await chat.SendDirectAsync(personId, new OutgoingMessage(text) { IdempotencyKey = key }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The outbox keeps it and its relay sends it later: the next candidate must not wait for this one.
            logger.LogWarning("Answer {Key} not sent yet: {Error}", key, ex.Message);
        }
    }
}

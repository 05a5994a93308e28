using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;
using MissionBot.Texts.Jury;

namespace MissionBot.Jury;

/// <summary>
/// The jury of a paid mission: deciders named by the owner, who score each candidacy privately against a weighted
/// grid. Nobody is both judge and candidate: a candidate, or someone who recommended a candidate, is refused as
/// juror, and a juror who becomes one is removed; each case is logged. With the anonymous view, jurors see
/// letters instead of names until every score is in.
/// </summary>
public sealed class JuryService(
    MissionRepository missions,
    CandidacyRepository candidacies,
    JuryRepository juries,
    ICooptationLookup cooptations,
    MissionAccess access,
    IChatClient chat,
    JuryTexts texts,
    BotTexts core,
    IOptions<DecisionsOptions> options,
    TimeProvider clock,
    ILogger<JuryService> logger) : ICandidacyListener, IMissionDeciders
{
    private readonly Lock _gate = new();

    public async Task<CommandReply> AddJurorsAsync(
        int number, ChatUser by, IReadOnlyList<string> usernames, string grid, bool anonymous, CancellationToken cancellationToken)
    {
        if (Editable(number, by) is { } refusal)
        {
            return refusal;
        }
        var mission = missions.Find(number)!;
        var jury = juries.Find(number) ?? NewJury(number);
        if (grid.Length > 0)
        {
            if (!JuryGrid.TryParse(grid, out var criteria))
            {
                return CommandReply.Error(texts.BadGrid(grid));
            }
            if (juries.ScoresFor(number).Count > 0 && JuryGrid.Format(criteria) != JuryGrid.Format(jury.Criteria))
            {
                return CommandReply.Error(texts.GridLocked(mission, jury));
            }
            jury.Criteria = criteria;
        }
        jury.Anonymous |= anonymous;

        var active = ActiveCandidacies(number);
        var added = new List<ChatUser>();
        var refused = new List<JuryEvent>();
        var unknown = new List<string>();
        var already = new List<string>();
        foreach (var name in usernames.Select(u => u.Trim().TrimStart('@')).Where(u => u.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var user = await chat.FindUserByUsernameAsync(name, cancellationToken);
            if (user is null)
            {
                unknown.Add(name);
                continue;
            }
            if (jury.Jurors.Any(j => j.PersonId == user.Id))
            {
                already.Add(user.Username);
                continue;
            }
            if (Conflict(number, user.Id, active) is { } conflict)
            {
                var refusedEvent = Event(user.Id, user.Username, conflict.Candidate ? JuryEventKind.RefusedCandidate : JuryEventKind.RefusedCoopter, conflict.CandidateUsername);
                jury.Events.Add(refusedEvent);
                refused.Add(refusedEvent);
                logger.LogWarning("Juror {Juror} refused on mission {MissionNumber}: {Reason} {Candidate}", user.Username, number, refusedEvent.Kind, conflict.CandidateUsername);
                continue;
            }
            jury.Jurors.Add(new Juror { PersonId = user.Id, Username = user.Username, AddedAt = clock.GetUtcNow().UtcDateTime });
            added.Add(user);
        }
        juries.Save(jury);
        logger.LogInformation("Jury of mission {MissionNumber} set by {Person}: {Added} added, {Refused} refused, grid {Grid}, anonymous {Anonymous}",
            number, by.Username, added.Count, refused.Count, JuryGrid.Format(jury.Criteria), jury.Anonymous);

        var labels = VisibleCandidacies(number, jury, showNames: !jury.Anonymous);
        foreach (var juror in added)
        {
            await TrySendDirectAsync(juror.Id, texts.Invite(mission, jury, labels), $"juror-invite:{number}:{juror.Id}", cancellationToken);
        }
        return CommandReply.Private(texts.JuryUpdated(mission, jury, added.Select(a => a.Username).ToList(), refused, unknown, already));
    }

    public CommandReply SetAnonymous(int number, ChatUser by)
    {
        if (Editable(number, by) is { } refusal)
        {
            return refusal;
        }
        var jury = juries.Find(number) ?? NewJury(number);
        var alreadyInvited = jury.Anonymous ? 0 : jury.Jurors.Count;
        jury.Anonymous = true;
        juries.Save(jury);
        logger.LogInformation("Mission {MissionNumber}: jury view made anonymous by {Person}", number, by.Username);
        return CommandReply.Private(texts.AnonymousOn(missions.Find(number)!, alreadyInvited));
    }

    public async Task<CommandReply> ScoreAsync(int number, ChatUser juror, string label, IReadOnlyList<ScoreValue> values, CancellationToken cancellationToken)
    {
        if (missions.Find(number) is not { } mission)
        {
            return CommandReply.Error(core.MissionNotFound(number));
        }
        var jury = juries.Find(number);
        if (jury is null || !jury.Jurors.Any(j => j.PersonId == juror.Id))
        {
            return CommandReply.Error(texts.NotJuror(mission));
        }
        if (!mission.IsOpen)
        {
            return CommandReply.Error(texts.NotOpen(mission));
        }
        var all = candidacies.ForMission(number);
        var candidacy = jury.Anonymous
            ? CandidateLabels.Of(all).FirstOrDefault(l => string.Equals(l.Label, label.Trim(), StringComparison.OrdinalIgnoreCase)).Candidacy
            : CandidateLabels.Resolve(all, label);
        var visible = CandidateLabels.Of(all).Where(l => l.Candidacy.Status != CandidacyStatus.Withdrawn).Select(l => l.Label).ToList();
        if (candidacy is null || candidacy.Status == CandidacyStatus.Withdrawn)
        {
            return CommandReply.Error(texts.UnknownCandidacy(mission, label, visible));
        }
        var labelOf = CandidateLabels.Of(all).First(l => l.Candidacy.Key == candidacy.Key).Label;
        if (Ordered(jury, values) is not { } ordered)
        {
            return CommandReply.Error(texts.BadScores(mission, jury, labelOf));
        }
        bool completedNow;
        lock (_gate)
        {
            juries.SaveScore(new JuryScore { MissionNumber = number, JurorId = juror.Id, CandidateId = candidacy.PersonId, Scores = ordered, At = clock.GetUtcNow().UtcDateTime });
            jury = juries.Find(number)!;
            completedNow = jury.ResultsSentAt is null && IsComplete(jury, all);
            if (completedNow)
            {
                jury.ResultsSentAt = clock.GetUtcNow().UtcDateTime;
                juries.Save(jury);
            }
        }
        logger.LogInformation("Juror {Juror} scored candidacy {Label} on mission {MissionNumber}", juror.Username, labelOf, number);
        var scoredByMe = juries.ScoresFor(number).Where(s => s.JurorId == juror.Id).Select(s => s.CandidateId).ToHashSet();
        var remaining = CandidateLabels.Of(all)
            .Where(l => l.Candidacy.Status != CandidacyStatus.Withdrawn && !scoredByMe.Contains(l.Candidacy.PersonId))
            .Select(l => l.Label)
            .ToList();
        var total = jury.Criteria.Select((c, i) => (double)c.Weight * ordered[i] / JuryGrid.MaxScore).Sum();
        if (completedNow)
        {
            await SendResultsAsync(mission, jury, cancellationToken);
        }
        return CommandReply.Private(texts.Scored(mission, jury, labelOf, ordered, total, remaining));
    }

    public CommandReply Results(int number, ChatUser viewer)
    {
        if (missions.Find(number) is not { } mission)
        {
            return CommandReply.Error(core.MissionNotFound(number));
        }
        if (juries.Find(number) is not { } jury)
        {
            return CommandReply.Error(texts.NoJury(mission));
        }
        var isJuror = jury.Jurors.Any(j => j.PersonId == viewer.Id);
        if (!isJuror && !access.IsOwnerOrCoordinator(mission, viewer))
        {
            return CommandReply.Error(texts.NotJuror(mission));
        }
        var all = candidacies.ForMission(number);
        var missing = Missing(jury, all);
        var showNames = !jury.Anonymous || IsComplete(jury, all) || !isJuror;
        return CommandReply.Private(texts.Results(mission, jury, JuryRanking.Compute(jury, juries.ScoresFor(number), all), showNames, missing));
    }

    /// <summary>A juror who becomes a candidate, or whose recommended person does, leaves the jury.</summary>
    public async Task CandidacyAddedAsync(Mission mission, Candidacy candidacy, CancellationToken cancellationToken)
    {
        if (juries.Find(mission.Number) is not { } jury)
        {
            return;
        }
        var removed = new List<JuryEvent>();
        foreach (var juror in jury.Jurors.ToList())
        {
            var kind = juror.PersonId == candidacy.PersonId ? JuryEventKind.RemovedCandidate
                : cooptations.CooptersOf(mission.Number, candidacy.PersonId).Contains(juror.PersonId) ? JuryEventKind.RemovedCoopter
                : (JuryEventKind?)null;
            if (kind is not { } why)
            {
                continue;
            }
            jury.Jurors.Remove(juror);
            juries.DeleteScoresBy(mission.Number, juror.PersonId);
            var removedEvent = Event(juror.PersonId, juror.Username, why, why == JuryEventKind.RemovedCoopter ? candidacy.Username : "");
            jury.Events.Add(removedEvent);
            removed.Add(removedEvent);
            logger.LogWarning("Juror {Juror} removed from the jury of mission {MissionNumber}: {Reason}", juror.Username, mission.Number, why);
        }
        // A new candidacy has no scores yet: the result will be sent again once it is scored.
        jury.ResultsSentAt = null;
        juries.Save(jury);
        foreach (var removedEvent in removed)
        {
            await TrySendDirectAsync(removedEvent.PersonId, texts.RemovedJuror(mission, removedEvent.Kind), $"juror-removed:{mission.Number}:{removedEvent.PersonId}", cancellationToken);
            await TrySendDirectAsync(mission.OwnerId, texts.OwnerJurorRemoved(mission, removedEvent), $"juror-removed-owner:{mission.Number}:{removedEvent.PersonId}", cancellationToken);
        }
        var label = CandidateLabels.Of(candidacies.ForMission(mission.Number)).First(l => l.Candidacy.Key == candidacy.Key).Label;
        foreach (var juror in jury.Jurors)
        {
            var text = texts.NewCandidacy(mission, jury, label, jury.Anonymous ? null : candidacy.Username);
            await TrySendDirectAsync(juror.PersonId, text, $"juror-new:{mission.Number}:{juror.PersonId}:{candidacy.PersonId}", cancellationToken);
        }
    }

    public bool MayDecide(int missionNumber, string personId) =>
        juries.Find(missionNumber)?.Jurors.Any(j => j.PersonId == personId) ?? false;

    /// <summary>The line citing the grid in the answer to a candidate not selected; null without scores.</summary>
    public string? RefusalDetail(Mission mission, Candidacy candidacy)
    {
        if (mission.Status != MissionStatus.Filled || juries.Find(mission.Number) is not { } jury)
        {
            return null;
        }
        var ranking = JuryRanking.Compute(jury, juries.ScoresFor(mission.Number), candidacies.ForMission(mission.Number))
            .Where(r => r.Scorers > 0)
            .ToList();
        var mine = ranking.FirstOrDefault(r => r.Candidacy.Key == candidacy.Key);
        return mine is null ? null : texts.CriteriaLine(jury, mine.Total, mine.Rank, ranking.Count);
    }

    private CommandReply? Editable(int number, ChatUser by)
    {
        if (missions.Find(number) is not { } mission)
        {
            return CommandReply.Error(core.MissionNotFound(number));
        }
        if (!access.IsOwnerOrCoordinator(mission, by))
        {
            logger.LogInformation("{Person} may not set the jury of mission {MissionNumber}", by.Username, number);
            return CommandReply.Error(texts.NotAllowed(mission));
        }
        if (!mission.IsOpen)
        {
            return CommandReply.Error(texts.NotOpen(mission));
        }
        return mission.Paid ? null : CommandReply.Error(texts.NotPaid(mission));
    }

    private MissionJury NewJury(int number)
    {
        // The options validator refuses a bad grid at start, so this one parses.
        return new MissionJury { MissionNumber = number, Criteria = JuryGrid.TryParse(options.Value.JuryGrid, out var criteria) ? criteria : [] };
    }

    private List<Candidacy> ActiveCandidacies(int number) =>
        candidacies.ForMission(number).Where(c => c.Status != CandidacyStatus.Withdrawn).ToList();

    /// <summary>Why this person cannot judge: they are a candidate, or they recommended one.</summary>
    private (bool Candidate, string CandidateUsername)? Conflict(int number, string personId, IReadOnlyList<Candidacy> active)
    {
        if (active.Any(c => c.PersonId == personId))
        {
            return (true, "");
        }
        var recommended = active.FirstOrDefault(c => cooptations.CooptersOf(number, c.PersonId).Contains(personId));
        return recommended is null ? null : (false, recommended.Username);
    }

    private JuryEvent Event(string personId, string username, JuryEventKind kind, string candidate) =>
        new() { At = clock.GetUtcNow().UtcDateTime, PersonId = personId, Username = username, Kind = kind, CandidateUsername = candidate };

    private List<(string Label, string? Username)> VisibleCandidacies(int number, MissionJury jury, bool showNames) =>
        CandidateLabels.Of(candidacies.ForMission(number))
            .Where(l => l.Candidacy.Status != CandidacyStatus.Withdrawn)
            .Select(l => (l.Label, showNames ? l.Candidacy.Username : (string?)null))
            .ToList();

    /// <summary>Jurors who still have candidacies to score, with how many.</summary>
    private List<(string Username, int Missing)> Missing(MissionJury jury, IReadOnlyList<Candidacy> all)
    {
        var active = all.Where(c => c.Status != CandidacyStatus.Withdrawn).Select(c => c.PersonId).ToList();
        var scores = juries.ScoresFor(jury.MissionNumber);
        return jury.Jurors
            .Select(j => (j.Username, Missing: active.Count(a => !scores.Any(s => s.JurorId == j.PersonId && s.CandidateId == a))))
            .Where(m => m.Missing > 0)
            .ToList();
    }

    /// <summary>Every juror scored every candidacy (and there is at least one of each).</summary>
    private bool IsComplete(MissionJury jury, IReadOnlyList<Candidacy> all) =>
        jury.Jurors.Count > 0 && all.Any(c => c.Status != CandidacyStatus.Withdrawn) && Missing(jury, all).Count == 0;

    /// <summary>The scores in the grid's order, or null when they do not fit it (count, names, 0 to 5).</summary>
    private static List<int>? Ordered(MissionJury jury, IReadOnlyList<ScoreValue> values)
    {
        if (values.Count != jury.Criteria.Count || values.Any(v => v.Value is < 0 or > JuryGrid.MaxScore))
        {
            return null;
        }
        if (values.All(v => v.Criterion.Length == 0))
        {
            return values.Select(v => v.Value).ToList();
        }
        var ordered = new int?[jury.Criteria.Count];
        foreach (var value in values)
        {
            var folded = TextNormalizer.Fold(value.Criterion);
            var index = jury.Criteria.FindIndex(c => folded.Length > 0 && TextNormalizer.Fold(c.Name).StartsWith(folded, StringComparison.Ordinal));
            if (index < 0 || ordered[index] is not null)
            {
                return null;
            }
            ordered[index] = value.Value;
        }
        return ordered.Select(v => v!.Value).ToList();
    }

    private async Task TrySendDirectAsync(string personId, string text, string key, CancellationToken cancellationToken)
    {
        try
        {
            await chat.SendDirectAsync(personId, new OutgoingMessage(text) { IdempotencyKey = key }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Jury message {Key} not sent yet: {Error}", key, ex.Message);
        }
    }

    private async Task SendResultsAsync(Mission mission, MissionJury jury, CancellationToken cancellationToken)
    {
        var ranking = JuryRanking.Compute(jury, juries.ScoresFor(mission.Number), candidacies.ForMission(mission.Number));
        var text = texts.Results(mission, jury, ranking, showNames: true, missing: []);
        var stamp = jury.ResultsSentAt?.Ticks ?? 0;
        foreach (var personId in jury.Jurors.Select(j => j.PersonId).Append(mission.OwnerId).Distinct())
        {
            await TrySendDirectAsync(personId, text, $"jury-results:{mission.Number}:{personId}:{stamp}", cancellationToken);
        }
        logger.LogInformation("Jury result of mission {MissionNumber} sent to the owner and {Jurors} juror(s)", mission.Number, jury.Jurors.Count);
    }
}

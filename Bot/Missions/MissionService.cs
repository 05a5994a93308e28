using MissionBot.Chat;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Missions;

/// <summary>
/// The rules of a mission's life: posting it, volunteering, withdrawing. Tells the owner what
/// happens; the caller acknowledges the person who acted, on the channel they used.
/// A mission in waves is not announced at creation: the waves announce it last (see Waves/).
/// </summary>
public sealed class MissionService(
    IEnumerable<IMissionCreatedListener> listeners,
    MissionRepository missions,
    CandidacyRepository candidacies,
    MissionChannel channel,
    Announcements announcements,
    BotTexts texts,
    TimeProvider clock,
    IEnumerable<ICandidacyListener> candidacyListeners,
    BotDatabase database,
    ILogger<MissionService> logger)
{
    private readonly Lock _noticeGate = new();

    /// <summary>Stores the mission, posts its announcement; null when the announcement could not be posted.</summary>
    public async Task<Mission?> CreateAsync(MissionDraft draft, ChatUser owner, CancellationToken cancellationToken)
    {
        var mission = new Mission
        {
            Title = draft.Title,
            Description = draft.Description,
            Skills = draft.Skills.ToList(),
            DueDate = draft.DueDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Place = draft.Place,
            Paid = draft.Paid,
            EntryDoor = draft.EntryDoor,
            Waves = draft.Waves,
            ContributionPercent = draft.ContributionPercent,
            ContributionFree = draft.ContributionFree,
            OwnerId = owner.Id,
            OwnerUsername = owner.Username,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        missions.Insert(mission);
        if (mission.Waves)
        {
            logger.LogInformation("Mission {MissionNumber} created by {Owner} in waves, not announced yet", mission.Number, owner.Username);
            await TellListenersAsync(mission, cancellationToken);
            return mission;
        }
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
            // An unannounced mission would be invisible: undo it so that nothing changed.
            missions.Delete(mission.Number);
            logger.LogError(ex, "Mission {MissionNumber} could not be announced; removed", mission.Number);
            return null;
        }
        logger.LogInformation("Mission {MissionNumber} posted by {Owner} in {ChannelId} as {PostId}",
            mission.Number, owner.Username, mission.ChannelId, mission.AnnouncementPostId);
        await TellListenersAsync(mission, cancellationToken);
        return mission;
    }

    private async Task TellListenersAsync(Mission mission, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.MissionCreatedAsync(mission, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "A feature failed to start on new mission {MissionNumber}", mission.Number);
            }
        }
    }

    /// <summary>Records a candidacy and tells the owner. The mission is returned for the caller's answer.</summary>
    /// <param name="acknowledge">
    /// Records the acknowledgement of the person who acted (the caller's channel), in the candidacy's write; it goes
    /// as soon as that commits, before the owner's notice and the announcement edit are written (a second write).
    /// </param>
    /// <param name="alsoRecord">Writes that belong with the reply's last write (the reply marked handled).</param>
    public async Task<(JoinOutcome Outcome, Mission? Mission)> JoinAsync(
        int number, ChatUser person, CandidacySource source, string replyPostId, CancellationToken cancellationToken,
        Func<Mission, Task>? acknowledge = null, Action? alsoRecord = null)
    {
        var mission = missions.Find(number);
        if (mission is null)
        {
            return (JoinOutcome.NotFound, null);
        }
        if (mission.OwnerId == person.Id)
        {
            logger.LogInformation("Owner {Person} tried to volunteer on own mission {MissionNumber}", person.Username, number);
            return (JoinOutcome.OwnerRefused, mission);
        }
        var existing = candidacies.Find(number, person.Id);
        if (existing is { Status: not CandidacyStatus.Withdrawn })
        {
            if (replyPostId.Length > 0 && existing.ReplyPostId == replyPostId)
            {
                // The same reply handled again (a crash before it was marked done): finish what it started; the
                // outbox keys make sure nobody is told twice.
                if (acknowledge is not null)
                {
                    await acknowledge(mission);
                }
                await AnnounceJoinAsync(mission, existing, cancellationToken, alsoRecord);
                return (JoinOutcome.Joined, mission);
            }
            return (JoinOutcome.AlreadyCandidate, mission);
        }
        if (!mission.IsOpen)
        {
            return (JoinOutcome.NotOpen, mission);
        }
        var candidacy = new Candidacy
        {
            MissionNumber = number,
            PersonId = person.Id,
            Username = person.Username,
            Source = source,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ReplyPostId = replyPostId,
        };
        Task? acknowledged = null;
        // One write: the candidacy with the acknowledgement, which goes as soon as that commits.
        database.InOneTransaction(() =>
        {
            if (candidacies.TryAdd(candidacy))
            {
                acknowledged = acknowledge?.Invoke(mission) ?? Task.CompletedTask;
            }
        });
        if (acknowledged is null)
        {
            return (JoinOutcome.AlreadyCandidate, mission);
        }
        logger.LogInformation("Candidacy of {Person} on mission {MissionNumber} recorded from {Source}", person.Username, number, source);
        // The volunteer hears back first: on one busy core, writing the owner's notice before the acknowledgement
        // had gone made the volunteer wait for it (bench/RESULTS.md item 47).
        await acknowledged;
        await AnnounceJoinAsync(mission, candidacy, cancellationToken, alsoRecord);
        foreach (var listener in candidacyListeners)
        {
            await listener.CandidacyAddedAsync(mission, candidacy, cancellationToken);
        }
        return (JoinOutcome.Joined, mission);
    }

    /// <summary>
    /// The owner's notice and the announcement edit, with <paramref name="alsoRecord"/>, in one write. A crash before
    /// it leaves the reply not marked handled: handled again, it finishes what it started.
    /// </summary>
    private async Task AnnounceJoinAsync(Mission mission, Candidacy candidacy, CancellationToken cancellationToken, Action? alsoRecord = null)
    {
        Task toldAndRefreshed = Task.CompletedTask;
        InOwnerNoticeWrite(() =>
        {
            toldAndRefreshed = RecordOwnerNotice(mission, candidacy, cancellationToken);
            alsoRecord?.Invoke();
        });
        await WhenOwnerToldAsync(toldAndRefreshed, mission, cancellationToken);
    }

    /// <summary>Counts the candidacies and records the owner's notice with the announcement edit. Call holding the notice turn.</summary>
    private Task RecordOwnerNotice(Mission mission, Candidacy candidacy, CancellationToken cancellationToken)
    {
        // Milliseconds, not ticks: LiteDB keeps dates to the millisecond, and a replay after a restart reads the
        // candidacy back from the database; the key must be the same as the one the first attempt used.
        var stamp = candidacy.CreatedAt.Ticks / TimeSpan.TicksPerMillisecond;
        var count = candidacies.CountActive(mission.Number);
        var text = texts.OwnerNewCandidate(mission, candidacy.Username, candidacy.Source, count);
        return TellOwnerAndRefreshAsync(mission, text, $"owner-join:{candidacy.Key}:{stamp}", cancellationToken);
    }

    /// <summary>
    /// Withdraws the person's candidacy and records, in the same write, the owner's notice with the announcement edit,
    /// <paramref name="acknowledge"/>'s message and <paramref name="alsoRecord"/> (a thread reply's handled mark): a
    /// crash leaves all of it or none, and a reply not marked handled is handled again whole.
    /// </summary>
    public async Task<(LeaveOutcome Outcome, Mission? Mission)> LeaveAsync(
        int number, ChatUser person, CancellationToken cancellationToken,
        Func<Mission, Task>? acknowledge = null, Action? alsoRecord = null)
    {
        var mission = missions.Find(number);
        if (mission is null)
        {
            return (LeaveOutcome.NotFound, null);
        }
        var at = clock.GetUtcNow().UtcDateTime;
        var withdrawn = false;
        Task told = Task.CompletedTask;
        Task acknowledged = Task.CompletedTask;
        InOwnerNoticeWrite(() =>
        {
            withdrawn = candidacies.TryWithdraw(number, person.Id, at);
            if (!withdrawn)
            {
                return;
            }
            var text = texts.OwnerCandidateWithdrew(mission, person.Username, candidacies.CountActive(number));
            told = TellOwnerAndRefreshAsync(mission, text, $"owner-leave:{Candidacy.KeyFor(number, person.Id)}:{at.Ticks}", cancellationToken);
            acknowledged = acknowledge?.Invoke(mission) ?? Task.CompletedTask;
            alsoRecord?.Invoke();
        });
        if (!withdrawn)
        {
            return (LeaveOutcome.NotCandidate, mission);
        }
        logger.LogInformation("Candidacy of {Person} on mission {MissionNumber} withdrawn", person.Username, number);
        await acknowledged;
        await WhenOwnerToldAsync(told, mission, cancellationToken);
        return (LeaveOutcome.Left, mission);
    }

    /// <summary>
    /// Runs <paramref name="writes"/> (a count and the owner's notice it goes into) in one transaction, holding the
    /// notice turn: when several people volunteer or withdraw at once, the owner's notices arrive in the order they
    /// count. Locks in the order every path takes them: the notice turn, the announcement's render turn, then the
    /// database's (InOneTransaction).
    /// </summary>
    private void InOwnerNoticeWrite(Action writes)
    {
        lock (_noticeGate)
        {
            announcements.WhileRendering(() => database.InOneTransaction(writes));
        }
    }

    /// <summary>
    /// The owner's notice and the announcement edit, recorded in one write (the outbox records before its first await).
    /// Notices queued for the owner during a burst of volunteers go out together, one paragraph each.
    /// </summary>
    private Task TellOwnerAndRefreshAsync(Mission mission, string text, string key, CancellationToken cancellationToken) =>
        announcements.RefreshAndSendDirectAsync(mission, mission.OwnerId, new OutgoingMessage(text) { IdempotencyKey = key, MayJoinOthers = true }, cancellationToken);

    /// <summary>
    /// Waits for the notice and the edit, which go side by side (different destinations). The handler waits on
    /// purpose: letting them go on their own left the work in flight unbounded under a burst, and LiteDB 5 failed
    /// past its 100 open transactions (bench/RESULTS.md, item 15). A failure does not undo the candidacy.
    /// </summary>
    private async Task WhenOwnerToldAsync(Task toldAndRefreshed, Mission mission, CancellationToken cancellationToken)
    {
        try
        {
            await toldAndRefreshed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The outbox logs each send that failed, and the relay tries again what can be.
            logger.LogWarning(ex, "Could not tell owner {Owner} about mission {MissionNumber}, or refresh its announcement", mission.OwnerUsername, mission.Number);
            // One of the two may have been cancelled while the other failed: stopping still wins.
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}

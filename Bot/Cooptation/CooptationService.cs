using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.People.Skills;
using MissionBot.Storage;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Cooptation;

/// <summary>
/// Cooptation: the bot asks trusted people whom they trust for a mission, invites the people they name
/// (saying who recommended them, unless asked not to), and tells each nominator how it ended, never more.
/// </summary>
public sealed class CooptationService(
    InterpellationIndex index,
    SkillCatalog catalog,
    PersonRepository people,
    PersonDirectory directory,
    CooptationRepository cooptations,
    CandidacyRepository candidacies,
    QuestionRepository questions,
    IChatClient chat,
    InterpellationTexts texts,
    IOptions<InterpellationOptions> options,
    TimeProvider clock,
    ILogger<CooptationService> logger)
{
    /// <summary>Most names taken from one command or one answer.</summary>
    public const int MaxNames = 10;

    /// <summary>Asks the named people, or (no names) the best-ranked trusted people, whom they recommend.</summary>
    public async Task<CooptReport> AskAsync(Mission mission, IReadOnlyList<string> usernames, CancellationToken cancellationToken)
    {
        var asked = new List<string>();
        var skipped = new List<SkippedMember>();
        var unknown = new List<string>();
        if (usernames.Count == 0)
        {
            var wanted = options.Value.TrustedPeopleCount;
            var ranking = index.Rank(MissionProfile.From(mission, catalog), RankingPurpose.Trust, wanted, new HashSet<string> { mission.OwnerId }, new HashSet<string>());
            skipped.AddRange(ranking.Skipped);
            foreach (var candidate in ranking.Candidates.TakeWhile(_ => asked.Count < wanted))
            {
                var person = people.Find(candidate.PersonId) ?? new Person { Id = candidate.PersonId, Username = candidate.Username };
                await AskOneAsync(mission, person, asked, skipped, cancellationToken);
            }
        }
        else
        {
            foreach (var name in usernames.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var person = await directory.FindAsync(name, cancellationToken);
                if (person is null)
                {
                    unknown.Add(name);
                }
                else if (person.Id == mission.OwnerId)
                {
                    skipped.Add(new SkippedMember(person.Id, person.Username, SkipReason.Owner));
                }
                else
                {
                    await AskOneAsync(mission, person, asked, skipped, cancellationToken);
                }
            }
        }
        logger.LogInformation("Cooptation round for mission {MissionNumber}: {Asked} asked, {Skipped} skipped, {Unknown} unknown names",
            mission.Number, asked.Count, skipped.Count, unknown.Count);
        return new CooptReport(mission, asked, skipped, unknown);
    }

    /// <summary>A nominator answered with names: records each recommendation and invites the nominees.</summary>
    public async Task<string> NominateAsync(
        PendingQuestion question, Mission mission, ChatUser nominator, IReadOnlyList<string> names, bool anonymous, CancellationToken cancellationToken)
    {
        if (names.Count > MaxNames)
        {
            return texts.CooptTooManyNames(MaxNames, "");
        }
        anonymous |= question.Anonymous;
        var now = clock.GetUtcNow().UtcDateTime;
        var skillKeys = MissionProfile.From(mission, catalog).Skills.Select(s => s.Key).ToList();
        var candidates = candidacies.ForMission(mission.Number).Where(c => c.Status != CandidacyStatus.Withdrawn).Select(c => c.PersonId).ToHashSet();
        var unknown = new List<string>();
        var nominated = new List<string>();
        var self = false;
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var nominee = await directory.FindAsync(name, cancellationToken);
            if (nominee is null)
            {
                unknown.Add(name);
                continue;
            }
            if (nominee.Id == nominator.Id)
            {
                self = true;
                continue;
            }
            if (nominee.Id == mission.OwnerId || nominated.Contains(nominee.Username))
            {
                continue;
            }
            var record = new CooptationRecord
            {
                MissionNumber = mission.Number,
                NominatorId = nominator.Id,
                NominatorUsername = nominator.Username,
                NomineeId = nominee.Id,
                NomineeUsername = nominee.Username,
                SkillKeys = skillKeys,
                At = now,
                Anonymous = anonymous,
            };
            // Recorded before the invitation leaves: a nominee who answers at once must find it, or the
            // nominator would never hear the outcome.
            record.Answer = candidates.Contains(nominee.Id) ? CooptationAnswer.NotAsked : CooptationAnswer.Pending;
            cooptations.Insert(record);
            if (record.Answer == CooptationAnswer.Pending)
            {
                var invited = await InviteAsync(mission, nominee, anonymous ? null : nominator.Username, cancellationToken);
                if (invited != CooptationAnswer.Pending && cooptations.Find(record.Id) is { Answer: CooptationAnswer.Pending } stored)
                {
                    stored.Answer = invited;
                    cooptations.Update(stored);
                    record.Answer = invited;
                }
            }
            index.AddCooptation(nominee, skillKeys);
            nominated.Add(nominee.Username);
            logger.LogInformation("{Nominator} recommended {Nominee} for mission {MissionNumber} ({Answer})",
                nominator.Username, nominee.Username, mission.Number, record.Answer);
        }
        if (unknown.Count == 0)
        {
            Close(question, now);
        }
        if (nominated.Count > 0)
        {
            await TellAsync(mission.OwnerId, texts.OwnerNominations(mission, nominator.Username, nominated), cancellationToken);
            var reply = texts.NominationsNoted(nominated, unknown, anonymous);
            return self ? reply + "\n" + texts.SelfNomination(mission) : reply;
        }
        if (unknown.Count > 0)
        {
            return texts.UnknownNamesOnly(unknown);
        }
        return self ? texts.SelfNomination(mission) : texts.NobodyNoted();
    }

    /// <summary>The nominator knows nobody: the question is closed and the owner told.</summary>
    public async Task<string> NobodyAsync(PendingQuestion question, Mission mission, ChatUser nominator, CancellationToken cancellationToken)
    {
        Close(question, clock.GetUtcNow().UtcDateTime);
        logger.LogInformation("{Nominator} recommended nobody for mission {MissionNumber}", nominator.Username, mission.Number);
        await TellAsync(mission.OwnerId, texts.OwnerNobodyRecommended(mission, nominator.Username), cancellationToken);
        return texts.NobodyNoted();
    }

    /// <summary>"anonyme" alone: the nominator's next names will not be revealed to the nominees.</summary>
    public string StayAnonymous(PendingQuestion question)
    {
        question.Anonymous = true;
        questions.Update(question);
        return texts.AnonymousNoted();
    }

    /// <summary>
    /// A person answered an invitation for a mission: every pending recommendation of them for it ends, and each
    /// nominator is told accepted or declined. When accepted, the owner learns who recommended them.
    /// </summary>
    public async Task ResolveAsync(Mission mission, ChatUser nominee, bool accepted, CancellationToken cancellationToken)
    {
        var pending = cooptations.PendingFor(mission.Number, nominee.Id);
        if (pending.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var record in pending)
        {
            record.Answer = accepted ? CooptationAnswer.Accepted : CooptationAnswer.Declined;
            record.AnsweredAt = now;
            cooptations.Update(record);
        }
        foreach (var nominatorId in pending.Select(r => r.NominatorId).Distinct())
        {
            await TellAsync(nominatorId, texts.NominatorOutcome(mission, nominee.Username, accepted), cancellationToken);
        }
        if (accepted)
        {
            var nominators = pending.Select(r => r.NominatorUsername).Distinct().ToList();
            await TellAsync(mission.OwnerId, texts.OwnerRecommendedBy(mission, nominee.Username, nominators), cancellationToken);
        }
    }

    /// <summary>The mission closed before the nominee answered: the recommendations expire quietly.</summary>
    public void Expire(int missionNumber, string nomineeId)
    {
        foreach (var record in cooptations.PendingFor(missionNumber, nomineeId))
        {
            record.Answer = CooptationAnswer.Expired;
            cooptations.Update(record);
        }
    }

    /// <summary>True when someone recommended this person for this mission and they have not answered yet.</summary>
    public bool IsRecommended(int missionNumber, string personId) => cooptations.PendingFor(missionNumber, personId).Count > 0;

    private async Task AskOneAsync(Mission mission, Person person, List<string> asked, List<SkippedMember> skipped, CancellationToken cancellationToken)
    {
        var (ping, refusal) = index.TryReserve(person, mission.Number, PingKind.CooptationQuestion);
        if (ping is null)
        {
            skipped.Add(new SkippedMember(person.Id, person.Username, refusal!.Value, index.PausedUntil(person.Id)));
            return;
        }
        if (await SendQuestionAsync(ping, person, texts.TrustQuestion(mission), cancellationToken))
        {
            asked.Add(person.Username);
        }
        else
        {
            skipped.Add(new SkippedMember(person.Id, person.Username, SkipReason.Unreachable));
        }
    }

    private async Task<CooptationAnswer> InviteAsync(Mission mission, Person nominee, string? nominator, CancellationToken cancellationToken)
    {
        // Someone else recommended them already and they have not answered: that answer will settle this one too.
        if (questions.OpenFor(nominee.Id).Any(q => q.MissionNumber == mission.Number && q.IsInvitation))
        {
            return CooptationAnswer.Pending;
        }
        var (ping, _) = index.TryReserve(nominee, mission.Number, PingKind.NomineeInvitation);
        if (ping is null)
        {
            return CooptationAnswer.NotAsked;
        }
        return await SendQuestionAsync(ping, nominee, texts.NomineeInvitation(mission, nominator), cancellationToken)
            ? CooptationAnswer.Pending
            : CooptationAnswer.NotAsked;
    }

    /// <summary>Stores the question and sends it; undoes both when the message cannot be delivered.</summary>
    private async Task<bool> SendQuestionAsync(PingRecord ping, Person person, string text, CancellationToken cancellationToken)
    {
        var question = new PendingQuestion { PersonId = person.Id, MissionNumber = ping.MissionNumber, Kind = ping.Kind, AskedAt = ping.At };
        questions.Insert(question);
        try
        {
            // Not retried later: on failure the question is undone, so that it neither counts nor waits for an answer.
            var message = new OutgoingMessage(text) { IdempotencyKey = $"{ping.Kind}:{ping.MissionNumber}:{person.Id}", RetryLater = false };
            await chat.SendDirectAsync(person.Id, message, cancellationToken);
            logger.LogInformation("Asked {Person} ({Kind}) about mission {MissionNumber}", person.Username, ping.Kind, ping.MissionNumber);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not send {Kind} to {Person} for mission {MissionNumber}", ping.Kind, person.Username, ping.MissionNumber);
            questions.Delete(question.Id);
            index.Release(ping);
            return false;
        }
    }

    private void Close(PendingQuestion question, DateTime at)
    {
        question.Status = QuestionStatus.Answered;
        question.AnsweredAt = at;
        questions.Update(question);
    }

    private async Task TellAsync(string userId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await chat.SendDirectAsync(userId, new OutgoingMessage(text), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not send a cooptation update to {UserId}", userId);
        }
    }
}

using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.People.Skills;
using MissionBot.Storage;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Interpellation;

/// <summary>
/// Targeted pings: ranks the members for a mission and writes privately to the best ones who may be asked,
/// each time saying why them. Each ping is reserved (cap checked and recorded at once) before it is sent.
/// </summary>
public sealed class PingService(
    InterpellationIndex index,
    SkillCatalog catalog,
    CandidacyRepository candidacies,
    PersonRepository people,
    QuestionRepository questions,
    IChatClient chat,
    InterpellationTexts texts,
    ILogger<PingService> logger)
{
    public async Task<PingReport> PingAsync(Mission mission, int count, CancellationToken cancellationToken)
    {
        var profile = MissionProfile.From(mission, catalog);
        var active = candidacies.ForMission(mission.Number)
            .Where(c => c.Status != CandidacyStatus.Withdrawn)
            .Select(c => c.PersonId)
            .ToHashSet();
        var ranking = index.Rank(profile, RankingPurpose.Ping, count, new HashSet<string> { mission.OwnerId }, active);
        var asked = new List<RankedMember>();
        var skipped = ranking.Skipped.ToList();
        foreach (var candidate in ranking.Candidates)
        {
            if (asked.Count >= count)
            {
                break;
            }
            var person = people.Find(candidate.PersonId) ?? new Person { Id = candidate.PersonId, Username = candidate.Username };
            var (ping, refusal) = index.TryReserve(person, mission.Number, PingKind.Ping);
            if (ping is null)
            {
                // Another ranking running at the same time took this person's last slot.
                skipped.Add(new SkippedMember(candidate.PersonId, candidate.Username, refusal!.Value));
                continue;
            }
            var question = new PendingQuestion { PersonId = person.Id, MissionNumber = mission.Number, Kind = PingKind.Ping, AskedAt = ping.At };
            questions.Insert(question);
            try
            {
                // Not retried later: on failure the ping is undone, so that it neither counts nor waits for an answer.
                var invitation = new OutgoingMessage(texts.PingInvitation(mission, candidate))
                {
                    IdempotencyKey = $"ping:{mission.Number}:{person.Id}",
                    RetryLater = false,
                };
                await chat.SendDirectAsync(person.Id, invitation, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Ping of {Person} for mission {MissionNumber} could not be sent", candidate.Username, mission.Number);
                questions.Delete(question.Id);
                index.Release(ping);
                skipped.Add(new SkippedMember(candidate.PersonId, candidate.Username, SkipReason.Unreachable));
                continue;
            }
            asked.Add(candidate);
            logger.LogInformation("Pinged {Person} for mission {MissionNumber} (score {Score})", candidate.Username, mission.Number, candidate.Score);
        }
        logger.LogInformation("Ping round for mission {MissionNumber}: {Asked} asked, {Skipped} skipped, {Pool} matched",
            mission.Number, asked.Count, skipped.Count, ranking.PoolSize);
        return new PingReport(mission, asked, skipped, ranking.PoolSize);
    }
}

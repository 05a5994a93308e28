using Microsoft.Extensions.Options;
using MissionBot.Chat;
using MissionBot.Cooptation;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Storage;
using MissionBot.Texts;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Interpellation;

/// <summary>
/// Answers to "would you take this mission?" (after a ping or a recommendation): yes makes a candidacy with the
/// same acknowledgement as a thread reply, no closes the question, not now pauses, stop opts out.
/// </summary>
public sealed class InvitationAnswers(
    MissionService missions,
    CooptationService cooptation,
    QuestionRepository questions,
    ProfileService profiles,
    BotTexts botTexts,
    InterpellationTexts texts,
    IOptions<InterpellationOptions> options,
    TimeProvider clock,
    ILogger<InvitationAnswers> logger)
{
    public async Task<string> YesAsync(PendingQuestion question, Mission mission, ChatUser person, CancellationToken cancellationToken)
    {
        var recommended = question.Kind == PingKind.NomineeInvitation || cooptation.IsRecommended(mission.Number, person.Id);
        var source = recommended ? CandidacySource.Cooptation : CandidacySource.Ping;
        var (outcome, _) = await missions.JoinAsync(mission.Number, person, source, "", cancellationToken);
        Close(question);
        logger.LogInformation("{Person} answered yes to mission {MissionNumber}: {Outcome}", person.Username, mission.Number, outcome);
        if (outcome is JoinOutcome.Joined or JoinOutcome.AlreadyCandidate)
        {
            await cooptation.ResolveAsync(mission, person, accepted: true, cancellationToken);
        }
        return outcome switch
        {
            JoinOutcome.Joined => botTexts.VolunteerAcknowledged(mission),
            JoinOutcome.AlreadyCandidate => botTexts.AlreadyCandidate(mission),
            JoinOutcome.OwnerRefused => botTexts.OwnerCannotVolunteer(mission),
            JoinOutcome.NotOpen => botTexts.MissionNotOpen(mission),
            _ => botTexts.MissionNotFound(mission.Number),
        };
    }

    public async Task<string> NoAsync(PendingQuestion question, Mission mission, ChatUser person, CancellationToken cancellationToken)
    {
        Close(question);
        logger.LogInformation("{Person} answered no to mission {MissionNumber}", person.Username, mission.Number);
        await cooptation.ResolveAsync(mission, person, accepted: false, cancellationToken);
        return texts.AnswerNo(mission);
    }

    /// <summary>"Pas maintenant": a pause for everything, so every open question is closed (a recommendation counts as declined).</summary>
    public async Task<string> NotNowAsync(IReadOnlyList<(PendingQuestion Question, Mission Mission)> open, ChatUser person, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow().UtcDateTime.AddDays(options.Value.NotNowPauseDays);
        profiles.PauseUntil(person, until);
        await CloseAllAsync(open, person, cancellationToken);
        return texts.AnswerNotNow(until);
    }

    /// <summary>"Stop": never pinged again; every open question is closed.</summary>
    public async Task<string> StopAsync(IReadOnlyList<(PendingQuestion Question, Mission Mission)> open, ChatUser person, CancellationToken cancellationToken)
    {
        profiles.Stop(person);
        await CloseAllAsync(open, person, cancellationToken);
        return texts.AnswerStop();
    }

    private async Task CloseAllAsync(IReadOnlyList<(PendingQuestion Question, Mission Mission)> open, ChatUser person, CancellationToken cancellationToken)
    {
        foreach (var (question, mission) in open)
        {
            Close(question);
            if (question.IsInvitation)
            {
                await cooptation.ResolveAsync(mission, person, accepted: false, cancellationToken);
            }
        }
    }

    private void Close(PendingQuestion question)
    {
        question.Status = QuestionStatus.Answered;
        question.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        questions.Update(question);
    }
}

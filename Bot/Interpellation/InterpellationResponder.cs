using MissionBot.Chat;
using MissionBot.Commands;
using MissionBot.Conversations;
using MissionBot.Cooptation;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Interpellation;

/// <summary>
/// First look at DMs from people the bot asked something: "oui", "non 12", "pas maintenant", "stop",
/// "@alice @bob", "personne"... When several questions are open, a mission number picks one, and the bot
/// asks which one when it cannot tell. Questions whose mission closed expire here. Every answer gets a reply.
/// </summary>
public sealed class InterpellationResponder(
    QuestionRepository questions,
    MissionRepository missions,
    PersonRepository people,
    CommandParser commands,
    InvitationAnswers invitations,
    CooptationService cooptation,
    IChatClient chat,
    BotTexts botTexts,
    InterpellationTexts texts,
    TimeProvider clock,
    ILogger<InterpellationResponder> logger) : IDirectMessageResponder
{
    public async Task<bool> TryRespondAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var open = OpenQuestions(message.Author.Id);
        if (open.Count == 0)
        {
            return false;
        }
        var answer = DmAnswerParser.Parse(message.Text);
        if ((answer.Kind == DmAnswerKind.Unclear || answer.PlainNames) && LooksLikeCommand(message.Text))
        {
            return false;
        }
        people.Touch(message.Author, clock.GetUtcNow().UtcDateTime);
        string reply;
        try
        {
            reply = await AnswerAsync(open, answer, message.Author, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Answer from {Person} could not be handled", message.Author.Username);
            reply = botTexts.SomethingWentWrong();
        }
        await chat.PostAsync(message.ChannelId, new OutgoingMessage(reply) { IdempotencyKey = $"answer:{message.PostId}" }, cancellationToken);
        return true;
    }

    private async Task<string> AnswerAsync(List<(PendingQuestion Question, Mission Mission)> open, DmAnswer answer, ChatUser person, CancellationToken cancellationToken)
    {
        var matching = answer.MissionNumber is { } number ? open.Where(o => o.Mission.Number == number).ToList() : open;
        var invitationsOpen = matching.Where(o => o.Question.IsInvitation).ToList();
        var trustOpen = matching.Where(o => !o.Question.IsInvitation).ToList();
        switch (answer.Kind)
        {
            case DmAnswerKind.Stop:
                return await invitations.StopAsync(open, person, cancellationToken);
            case DmAnswerKind.NotNow:
                return await invitations.NotNowAsync(open, person, cancellationToken);
            case DmAnswerKind.Yes or DmAnswerKind.No when invitationsOpen.Count == 1:
                var (invitation, mission) = invitationsOpen[0];
                return answer.Kind == DmAnswerKind.Yes
                    ? await invitations.YesAsync(invitation, mission, person, cancellationToken)
                    : await invitations.NoAsync(invitation, mission, person, cancellationToken);
            case DmAnswerKind.Yes or DmAnswerKind.No when invitationsOpen.Count > 1:
                return texts.WhichQuestion(Lines(invitationsOpen), names: false);
            case DmAnswerKind.No when trustOpen.Count == 1:
                // "Non" to "whom do you trust?" means nobody.
                return await cooptation.NobodyAsync(trustOpen[0].Question, trustOpen[0].Mission, person, cancellationToken);
            case DmAnswerKind.Yes or DmAnswerKind.No when trustOpen.Count > 0:
                return texts.TrustQuestionWantsNames(trustOpen[0].Mission);
            case DmAnswerKind.Nobody or DmAnswerKind.Names or DmAnswerKind.Anonymous when trustOpen.Count == 1:
                var (trust, trustMission) = trustOpen[0];
                return answer.Kind switch
                {
                    DmAnswerKind.Nobody => await cooptation.NobodyAsync(trust, trustMission, person, cancellationToken),
                    DmAnswerKind.Anonymous => cooptation.StayAnonymous(trust),
                    _ => await cooptation.NominateAsync(trust, trustMission, person, answer.NameList, answer.Anonymous, cancellationToken),
                };
            case DmAnswerKind.Nobody or DmAnswerKind.Names or DmAnswerKind.Anonymous when trustOpen.Count > 1:
                return texts.WhichQuestion(Lines(trustOpen), names: true);
            case DmAnswerKind.Nobody or DmAnswerKind.Names or DmAnswerKind.Anonymous when invitationsOpen.Count > 0:
                return texts.InvitationWantsYesNo(invitationsOpen[0].Mission);
        }
        logger.LogInformation("Answer from {Person} not understood ({Kind}, mission {MissionNumber})", person.Username, answer.Kind, answer.MissionNumber);
        return answer.MissionNumber is { } asked && matching.Count == 0
            ? texts.NoQuestionForMission(asked, Lines(open))
            : texts.AnswerNotUnderstood(Lines(open));
    }

    /// <summary>The person's open questions whose mission is still open; the others expire now.</summary>
    private List<(PendingQuestion Question, Mission Mission)> OpenQuestions(string personId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.Date;
        var open = new List<(PendingQuestion, Mission)>();
        foreach (var question in questions.OpenFor(personId))
        {
            var mission = missions.Find(question.MissionNumber);
            if (mission is { IsOpen: true } && (mission.DueDate is null || mission.DueDate.Value.ToUniversalTime().Date >= today))
            {
                open.Add((question, mission));
                continue;
            }
            question.Status = QuestionStatus.Expired;
            questions.Update(question);
            if (question.Kind == PingKind.NomineeInvitation)
            {
                cooptation.Expire(question.MissionNumber, personId);
            }
            logger.LogInformation("Question {QuestionId} to {PersonId} expired with mission {MissionNumber}", question.Id, personId, question.MissionNumber);
        }
        return open;
    }

    private bool LooksLikeCommand(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('/') || t.StartsWith('!') || t.StartsWith("mission ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var first = t.Split([' ', '\t', '\n'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return TextNormalizer.Fold(first) is "help" or "aide" or "?" || commands.Find(first) is not null;
    }

    private static List<QuestionLine> Lines(IEnumerable<(PendingQuestion Question, Mission Mission)> open) =>
        open.Select(o => new QuestionLine(o.Mission.Number, o.Mission.Title, o.Question.Kind)).ToList();
}

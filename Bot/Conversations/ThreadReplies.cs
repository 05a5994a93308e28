using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Conversations;

/// <summary>
/// Replies in an announcement's thread: a volunteer phrase makes a candidacy (✅, acknowledgement DM,
/// owner told), a withdrawal phrase withdraws it, anything else (a question...) is left alone.
/// </summary>
public sealed class ThreadReplies(
    MissionRepository missions,
    MissionService service,
    PersonRepository people,
    PhraseMatcher phrases,
    ProcessedMessageRepository processed,
    IChatClient chat,
    BotTexts texts,
    TimeProvider clock)
{
    public const string AcknowledgeEmoji = "white_check_mark";

    public async Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (missions.FindByAnnouncement(message.ThreadRootId!) is not { } mission)
        {
            return;
        }
        if (phrases.IsWithdrawal(message.Text))
        {
            var at = clock.GetUtcNow().UtcDateTime;
            people.Touch(message.Author, at);
            // The withdrawal, its answer, the owner's notice and the handled mark in one write.
            await service.LeaveAsync(mission.Number, message.Author, cancellationToken,
                acknowledge: left => DirectAsync(message, "withdrawn", texts.Withdrawn(left), cancellationToken),
                alsoRecord: () => processed.CompleteWithin(message.PostId, at));
            return;
        }
        if (!phrases.IsVolunteering(message.Text))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        people.Touch(message.Author, now);
        var (outcome, _) = await service.JoinAsync(
            mission.Number, message.Author, CandidacySource.Thread, message.PostId, cancellationToken,
            acknowledge: joined => chat.ReactAndSendDirectAsync(message.Ref, AcknowledgeEmoji, message.Author.Id,
                Private(message, "ack", texts.VolunteerAcknowledged(joined)), cancellationToken),
            // Everything the reply changes is then recorded, for the outbox to deliver: it is handled.
            alsoRecord: () => processed.CompleteWithin(message.PostId, now));
        switch (outcome)
        {
            case JoinOutcome.Joined:
                // Acknowledged as soon as recorded (the ✅ and the DM), before the owner was told.
                break;
            case JoinOutcome.OwnerRefused:
                await DirectAsync(message, "owner-refused", texts.OwnerCannotVolunteer(mission), cancellationToken);
                break;
            case JoinOutcome.NotOpen:
                await DirectAsync(message, "not-open", texts.MissionNotOpen(mission), cancellationToken);
                break;
            default:
                // Already a candidate: a second "+1" changes nothing and needs no second answer.
                break;
        }
    }

    /// <summary>Answers the reply's author privately, once per reply and purpose.</summary>
    private Task<PostRef> DirectAsync(IncomingMessage reply, string purpose, string text, CancellationToken cancellationToken) =>
        chat.SendDirectAsync(reply.Author.Id, Private(reply, purpose, text), cancellationToken);

    private static OutgoingMessage Private(IncomingMessage reply, string purpose, string text) =>
        new(text) { IdempotencyKey = $"{purpose}:{reply.PostId}" };
}

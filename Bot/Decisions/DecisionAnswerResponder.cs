using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.Conversations;
using MissionBot.Storage;

namespace MissionBot.Decisions;

/// <summary>
/// Reads a DM answering the bot's question about a decision ("2", "dispo", "confirmer") and completes the
/// decision. Only within a day of the question, and only when the DM is a reason or a confirmation.
/// </summary>
public sealed class DecisionAnswerResponder(
    PendingDecisionRepository questions,
    RefusalReasonGrid grid,
    DecisionService decisions,
    DecisionReplies replies,
    IChatClient chat,
    TimeProvider clock) : IDirectMessageResponder
{
    /// <summary>Before the broad responders: a refusal reason answers a precise pending question; it must not be read as a ping answer.</summary>
    public int Order => -20;

    public static readonly TimeSpan AnswerWindow = TimeSpan.FromDays(1);

    public async Task<bool> TryRespondAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (questions.LatestFor(message.Author.Id, clock.GetUtcNow().UtcDateTime - AnswerWindow) is not { } question)
        {
            return false;
        }
        var (before, typedReason) = ArgumentSyntax.SplitReason(message.Text);
        var answer = typedReason.Length > 0 ? typedReason : before;
        var confirmed = question.Kind != DecisionKind.Select && ArgumentSyntax.IsConfirmation(answer);
        if (!confirmed && grid.Find(answer) is null)
        {
            return false;
        }
        var request = new DecisionRequest(question.MissionNumber, question.Kind, question.Chosen, confirmed ? "" : answer, confirmed);
        var result = await decisions.DecideAsync(request, message.Author, cancellationToken);
        var reply = replies.For(request, result);
        await chat.PostAsync(message.ChannelId, new OutgoingMessage(reply.PrivateText) { IdempotencyKey = $"dm-answer:{message.PostId}" }, cancellationToken);
        return true;
    }
}

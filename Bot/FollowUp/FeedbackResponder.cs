using System.Text.RegularExpressions;
using MissionBot.Chat;
using MissionBot.Conversations;
using MissionBot.Texts.FollowUp;

namespace MissionBot.FollowUp;

/// <summary>
/// Reads "4 Très bonne équipe" in a DM as the answer to the bot's feedback question, when the person has one
/// waiting; anything else is left to the other responders and to commands.
/// </summary>
public sealed partial class FeedbackResponder(FeedbackService feedback, IChatClient chat, FollowUpTexts texts) : IDirectMessageResponder
{
    /// <summary>Before the broad responders: a rating "4 très bien" answers a precise pending question.</summary>
    public int Order => -10;

    public async Task<bool> TryRespondAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var match = Rating().Match(message.Text);
        if (!match.Success || !feedback.IsWaitingFor(message.Author.Id))
        {
            return false;
        }
        var rating = match.Groups["rating"].Value[0] - '0';
        var (_, number) = feedback.Record(message.Author.Id, null, rating, match.Groups["comment"].Value);
        await chat.PostAsync(message.ChannelId, new OutgoingMessage(texts.FeedbackThanks(number, rating)) { IdempotencyKey = $"dm-answer:{message.PostId}" }, cancellationToken);
        return true;
    }

    [GeneratedRegex(@"^\s*(?<rating>[1-5])\s*(/\s*5)?(\s*[-:,.!]\s*|\s+|$)(?<comment>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Rating();
}

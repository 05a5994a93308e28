using MissionBot.Chat;
using MissionBot.Commands;
using MissionBot.Missions;
using MissionBot.Texts;

namespace MissionBot.Conversations;

/// <summary>
/// A DM to the bot: first an answer to one of its questions (see <see cref="IDirectMessageResponder"/>),
/// otherwise a command, with or without "/mission" in front. The answer goes back in the DM.
/// </summary>
public sealed class DirectMessages(IEnumerable<IDirectMessageResponder> responders, CommandRouter router, IChatClient chat, BotTexts texts)
{
    public async Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        foreach (var responder in responders.OrderBy(r => r.Order))
        {
            if (await responder.TryRespondAsync(message, cancellationToken))
            {
                return;
            }
        }
        var context = new CommandContext(message.Author, message.ChannelId, CandidacySource.Command);
        var reply = await router.RunAsync(StripCommandWord(message.Text), context, cancellationToken);
        // A dialog cannot be opened from a DM: show the one-line form instead.
        var answer = reply.OpenMissionDialog ? texts.Usage("new") : reply.PrivateText;
        await chat.PostAsync(message.ChannelId, new OutgoingMessage(answer) { IdempotencyKey = $"dm-answer:{message.PostId}" }, cancellationToken);
    }

    private static string StripCommandWord(string text)
    {
        var t = text.Trim();
        foreach (var prefix in new[] { "/mission", "!mission", "mission" })
        {
            if (t.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase) || t.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return t[prefix.Length..].Trim();
            }
        }
        return t;
    }
}

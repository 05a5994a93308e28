using Microsoft.Extensions.Options;
using MissionBot.Chat.RocketChat.Wire;
using MissionBot.Commands;
using MissionBot.Hosting;
using MissionBot.Texts;

namespace MissionBot.Chat.RocketChat;

/// <summary>
/// Turns a Rocket.Chat message into the domain's calls. In a DM the whole message is for the bot (the prefix or a
/// mention may be there, and is dropped). Elsewhere a message starting with the prefix, or a top-level message
/// starting with a mention, is a command whose private answer goes by DM (Rocket.Chat has no ephemeral post over
/// REST), through the outbox like everything the bot sends. Everything else is an ordinary message (thread
/// replies to announcements matter).
/// A button click posts its command text as the clicking person, so it arrives here like a typed command and is
/// recorded as one: nothing in the message tells a click from the same text typed.
/// </summary>
public sealed class RocketChatDispatcher(
    IChatInbox inbox,
    IChatClient outbox,
    RocketChatClient chat,
    RocketChatMessageFilter filter,
    BotTexts texts,
    IOptions<RocketChatOptions> options,
    ILogger<RocketChatDispatcher> logger)
{
    private readonly string _prefix = options.Value.CommandPrefix.Trim();

    /// <summary>Passes the message to the domain if it is new; a failure is logged and never stops the next message.</summary>
    internal async Task ProcessAsync(RcMessage message, string roomType, bool roomParticipant, CancellationToken cancellationToken)
    {
        var verdict = filter.Judge(message, roomType, roomParticipant, chat.Me.Id);
        if (verdict != MessageVerdict.New)
        {
            if (verdict is MessageVerdict.Malformed or MessageVerdict.Edit)
            {
                logger.LogDebug("Message {MessageId} in room {RoomId} skipped: {Verdict}", message.Id, message.RoomId, verdict);
            }
            return;
        }
        try
        {
            await DispatchAsync(message, roomType, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Message {MessageId} from {User} in room {RoomId} could not be handled", message.Id, message.User?.Username, message.RoomId);
        }
    }

    private async Task DispatchAsync(RcMessage message, string roomType, CancellationToken cancellationToken)
    {
        var author = message.User!.ToChatUser();
        chat.Remember(author);
        var text = message.Text ?? "";
        var me = chat.Me.Username;
        if (roomType == "d")
        {
            var request = RocketChatCommandReader.CommandText(text, _prefix, me, allowMention: true) ?? text;
            await inbox.HandleMessageAsync(Incoming(message, ChannelKind.Direct, author, request), cancellationToken);
            return;
        }
        var command = RocketChatCommandReader.CommandText(text, _prefix, me, allowMention: string.IsNullOrEmpty(message.ThreadId));
        if (command is not null)
        {
            var reply = await inbox.HandleCommandAsync(new CommandRequest(author, message.RoomId, command), cancellationToken);
            // No dialog on Rocket.Chat: "new" without text gets the one-line form instead.
            var answer = reply.OpenMissionDialog
                ? texts.Error(new CommandError(CommandErrorKind.EmptyTitle, "new"), texts.Usage("new"))
                : reply.PrivateText;
            await outbox.SendDirectAsync(author.Id, new OutgoingMessage(answer) { IdempotencyKey = $"command-answer:{message.Id}" }, cancellationToken);
            return;
        }
        // A mention in a thread ("@missionbot je suis partant") is a reply like any other.
        var kind = roomType == "p" ? ChannelKind.Private : ChannelKind.Public;
        await inbox.HandleMessageAsync(Incoming(message, kind, author, text), cancellationToken);
    }

    private static IncomingMessage Incoming(RcMessage message, ChannelKind kind, ChatUser author, string text) =>
        new(message.Id, message.RoomId, kind, string.IsNullOrEmpty(message.ThreadId) ? null : message.ThreadId, author, text, message.Timestamp!.Value);
}

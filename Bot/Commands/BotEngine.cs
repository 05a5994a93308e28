using MissionBot.Chat;
using MissionBot.Conversations;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Commands;

/// <summary>
/// The domain's front door for every adapter: commands, button clicks, the mission form, thread replies and DMs.
/// </summary>
public sealed class BotEngine(
    CommandRouter router,
    MissionDraftParser drafts,
    MissionService missions,
    ThreadReplies threadReplies,
    DirectMessages directMessages,
    PersonRepository people,
    ProcessedMessageRepository processed,
    IChatClient chat,
    BotTexts texts,
    TimeProvider clock) : IChatInbox
{
    public async Task<CommandReply> HandleCommandAsync(CommandRequest request, CancellationToken cancellationToken) =>
        Fit(await router.RunAsync(TextNormalizer.WellFormed(request.Text), new CommandContext(request.User, request.ChannelId, CandidacySource.Command), cancellationToken));

    public async Task<CommandReply> HandleButtonAsync(CommandRequest request, CancellationToken cancellationToken) =>
        Fit(await router.RunAsync(TextNormalizer.WellFormed(request.Text), new CommandContext(request.User, request.ChannelId, CandidacySource.Button), cancellationToken));

    public async Task<CommandReply> HandleMissionFormAsync(ChatUser user, MissionForm form, CancellationToken cancellationToken)
    {
        people.Touch(user, clock.GetUtcNow().UtcDateTime);
        var result = drafts.FromForm(form);
        if (result.Draft is null)
        {
            return CommandReply.Error(texts.Error(result.Error!, texts.Usage("new")));
        }
        var mission = await missions.CreateAsync(result.Draft, user, cancellationToken);
        return mission is null ? CommandReply.Error(texts.MissionNotPosted()) : CommandReply.Private(texts.MissionPosted(mission));
    }

    /// <summary>A private answer never pings a whole channel and fits the platform (a long list is cut with an ellipsis).</summary>
    private CommandReply Fit(CommandReply reply) =>
        reply with { PrivateText = SafeText.Truncate(SafeText.NeutraliseMentions(reply.PrivateText), chat.MaxMessageLength) };

    /// <summary>
    /// Handles each post once: a post seen again (live event and catch-up, or a replay after a restart)
    /// is skipped once it was fully handled. A post whose handling failed may be handled again.
    /// </summary>
    public async Task HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.Author.Id == chat.Me.Id || !processed.TryBegin(message.PostId))
        {
            return;
        }
        message = message with { Text = TextNormalizer.WellFormed(message.Text) };
        try
        {
            if (message.IsDirect)
            {
                await directMessages.HandleAsync(message, cancellationToken);
            }
            else if (message.IsThreadReply)
            {
                await threadReplies.HandleAsync(message, cancellationToken);
            }
            processed.Complete(message.PostId, clock.GetUtcNow().UtcDateTime);
        }
        catch
        {
            processed.Abandon(message.PostId);
            throw;
        }
    }
}

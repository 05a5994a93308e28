namespace MissionBot.Chat;

/// <summary>
/// The domain's entry points, called by every adapter. Implementations never throw for bad user input:
/// they answer it. Exceptions that escape are bugs and are logged by the adapter, one event at a time.
/// </summary>
public interface IChatInbox
{
    /// <summary>A "/mission ..." command (slash command, prefixed message, console line).</summary>
    Task<CommandReply> HandleCommandAsync(CommandRequest request, CancellationToken cancellationToken);

    /// <summary>A button click: the button's twin command, typed by the clicking person.</summary>
    Task<CommandReply> HandleButtonAsync(CommandRequest request, CancellationToken cancellationToken);

    /// <summary>Someone else's message in a channel, a thread or a DM the bot can see.</summary>
    Task HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken);

    /// <summary>The "new mission" form was submitted (Mattermost dialog).</summary>
    Task<CommandReply> HandleMissionFormAsync(ChatUser user, MissionForm form, CancellationToken cancellationToken);
}

using MissionBot.Chat;

namespace MissionBot.Conversations;

/// <summary>
/// Gets the first look at a DM to the bot, before it is read as a command: answers to the bot's own
/// questions ("oui", "non 12", "@alice @bob"...). Return true when the message was yours.
/// </summary>
public interface IDirectMessageResponder
{
    Task<bool> TryRespondAsync(IncomingMessage message, CancellationToken cancellationToken);
}

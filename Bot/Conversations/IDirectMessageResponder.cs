using MissionBot.Chat;

namespace MissionBot.Conversations;

/// <summary>
/// Gets the first look at a DM to the bot, before it is read as a command: answers to the bot's own
/// questions ("oui", "non 12", "@alice @bob"...). Return true when the message was yours.
/// </summary>
public interface IDirectMessageResponder
{
    /// <summary>
    /// Responders are asked in ascending order. The narrow ones (they only take a precise answer to a
    /// pending question, such as a refusal reason "2") go before the broad ones that answer anything.
    /// </summary>
    int Order => 0;

    Task<bool> TryRespondAsync(IncomingMessage message, CancellationToken cancellationToken);
}

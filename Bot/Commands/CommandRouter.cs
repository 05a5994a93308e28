using MissionBot.Chat;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Commands;

/// <summary>
/// Runs one "/mission ..." line: checks its size, parses it, answers help and errors, and hands the rest to
/// its subcommand. Every outcome is a private reply; invalid input changes nothing.
/// </summary>
public sealed class CommandRouter(
    CommandParser parser,
    PersonRepository people,
    IChatClient chat,
    BotTexts texts,
    TimeProvider clock,
    ILogger<CommandRouter> logger)
{
    public async Task<CommandReply> RunAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        people.Touch(context.User, clock.GetUtcNow().UtcDateTime);
        if (chat.MeasureLength(text) > chat.MaxMessageLength)
        {
            logger.LogInformation("Command from {User} refused: {Length} characters over the limit", context.User.Username, text.Length);
            return CommandReply.Error(texts.CommandTooLong(chat.MaxMessageLength));
        }
        var (subcommand, command) = parser.Resolve(text);
        switch (command)
        {
            case HelpCommand:
                return CommandReply.Private(texts.Help(parser.Subcommands.Select(s => s.HelpLine).OfType<string>().Where(l => l.Length > 0)));
            case InvalidCommand invalid:
                logger.LogInformation("Command from {User} refused: {Error} ({Subcommand})", context.User.Username, invalid.Error.Kind, invalid.Error.Subcommand);
                return CommandReply.Error(texts.Error(invalid.Error, subcommand?.Usage ?? texts.Usage("help")));
        }
        logger.LogInformation("Command {Subcommand} from {User}", subcommand!.Name, context.User.Username);
        return await subcommand.ExecuteAsync(command, context, cancellationToken);
    }
}

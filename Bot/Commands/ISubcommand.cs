using MissionBot.Chat;

namespace MissionBot.Commands;

/// <summary>
/// One "/mission &lt;name&gt; ..." subcommand. Each feature registers its own (AddSingleton&lt;ISubcommand, ...&gt;),
/// so adding a command touches no shared switch. Parsing never throws; bad input becomes an <see cref="InvalidCommand"/>.
/// </summary>
public interface ISubcommand
{
    /// <summary>Canonical (English) name, e.g. "join".</summary>
    string Name { get; }

    /// <summary>Other accepted names, already folded (lowercase, no accents), e.g. "rejoindre".</summary>
    IReadOnlyCollection<string> Aliases { get; }

    /// <summary>The syntax reminder shown with errors, e.g. "`/mission join 12`".</summary>
    string Usage { get; }

    /// <summary>One line of "/mission help"; null keeps the subcommand out of the help.</summary>
    string? HelpLine { get; }

    ParsedCommand Parse(string arguments);

    Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken);
}

using MissionBot.Chat;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>Base for the skills, pings, cooptation and waves subcommands: help and syntax come from <see cref="InterpellationTexts"/>.</summary>
public abstract class InterpellationSubcommand(InterpellationTexts texts) : ISubcommand
{
    protected InterpellationTexts Texts { get; } = texts;

    public abstract string Name { get; }

    public abstract IReadOnlyCollection<string> Aliases { get; }

    public string Usage => Texts.Usage(Name);

    public string? HelpLine => Texts.HelpLine(Name);

    public abstract ParsedCommand Parse(string arguments);

    public async Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken) =>
        command is RefusedInput refused
            ? CommandReply.Error(refused.Text)
            : await RunAsync(command, context, cancellationToken);

    protected abstract Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken);

    /// <summary>The first word of the arguments (folded) and the rest.</summary>
    protected static (string First, string Others) SplitFirst(string arguments)
    {
        var trimmed = arguments.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        return space < 0 ? (trimmed, "") : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }
}

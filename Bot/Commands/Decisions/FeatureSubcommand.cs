using MissionBot.Chat;
using MissionBot.Texts;

namespace MissionBot.Commands.Decisions;

/// <summary>Base for a feature's subcommands: their help and syntax come from the feature's own texts.</summary>
public abstract class FeatureSubcommand(IFeatureTexts texts) : ISubcommand
{
    public abstract string Name { get; }

    public abstract IReadOnlyCollection<string> Aliases { get; }

    public string Usage => texts.Usage(Name);

    public string? HelpLine => texts.HelpLine(Name);

    public abstract ParsedCommand Parse(string arguments);

    public abstract Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken);
}

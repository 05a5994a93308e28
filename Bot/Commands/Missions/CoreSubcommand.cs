using MissionBot.Chat;
using MissionBot.Texts;

namespace MissionBot.Commands.Missions;

/// <summary>Base for the missions subcommands: their help and syntax come from <see cref="BotTexts"/>.</summary>
public abstract class CoreSubcommand(BotTexts texts) : ISubcommand
{
    protected BotTexts Texts { get; } = texts;

    public abstract string Name { get; }

    public abstract IReadOnlyCollection<string> Aliases { get; }

    public string Usage => Texts.Usage(Name);

    public string? HelpLine => Texts.HelpLine(Name);

    public abstract ParsedCommand Parse(string arguments);

    public abstract Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken);
}

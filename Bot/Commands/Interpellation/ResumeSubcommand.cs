using MissionBot.Chat;
using MissionBot.People;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission resume": ends a pause or a stop.</summary>
public sealed class ResumeSubcommand(InterpellationTexts texts, ProfileService profiles) : InterpellationSubcommand(texts)
{
    public override string Name => "resume";

    public override IReadOnlyCollection<string> Aliases { get; } = ["reprendre", "reprise", "continuer"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Length == 0 ? new ResumeCommand() : CommandParser.Unexpected(Name, arguments);

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        profiles.Resume(context.User);
        return Task.FromResult(CommandReply.Private(Texts.Resumed()));
    }
}

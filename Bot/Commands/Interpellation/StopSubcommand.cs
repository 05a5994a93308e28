using MissionBot.Chat;
using MissionBot.People;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission stop": never pinged again; volunteering still works.</summary>
public sealed class StopSubcommand(InterpellationTexts texts, ProfileService profiles) : InterpellationSubcommand(texts)
{
    public override string Name => "stop";

    public override IReadOnlyCollection<string> Aliases { get; } = ["arreter", "arret", "unsubscribe", "desabonner"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Length == 0 ? new StopCommand() : CommandParser.Unexpected(Name, arguments);

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        profiles.Stop(context.User);
        return Task.FromResult(CommandReply.Private(Texts.Stopped()));
    }
}

using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.Texts.Decisions;

namespace MissionBot.Commands.Decisions;

/// <summary>"/mission cancel 12 [raison]": the mission will not happen; every candidate is told.</summary>
public sealed class CancelSubcommand(DecisionTexts texts, DecisionService decisions, DecisionReplies replies) : FeatureSubcommand(texts)
{
    public override string Name => "cancel";

    public override IReadOnlyCollection<string> Aliases { get; } = ["annuler", "annule"];

    public override ParsedCommand Parse(string arguments) => CloseSubcommand.ParseEnding(Name, DecisionKind.Cancel, arguments);

    public override async Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var request = ((DecideCommand)command).Request;
        var result = await decisions.DecideAsync(request, context.User, cancellationToken);
        return replies.For(request, result);
    }
}

using MissionBot.Chat;
using MissionBot.Decisions;
using MissionBot.Texts.Decisions;

namespace MissionBot.Commands.Decisions;

/// <summary>"/mission select 12 @bob [@carol] [raison: disponibilités]": the owner (or jury) selects people.</summary>
public sealed class SelectSubcommand(DecisionTexts texts, DecisionService decisions, DecisionReplies replies) : FeatureSubcommand(texts)
{
    public override string Name => "select";

    public override IReadOnlyCollection<string> Aliases { get; } = ["selectionner", "retenir", "choisir", "choose", "pick"];

    public override ParsedCommand Parse(string arguments)
    {
        if (!ArgumentSyntax.TryNumber(Name, arguments, out var number, out var rest, out var error))
        {
            return error!;
        }
        var (names, reason) = ArgumentSyntax.SplitReason(rest);
        var chosen = ArgumentSyntax.Words(names);
        return chosen.Count == 0
            ? new RefusedCommand(texts.NobodyChosen(number))
            : new DecideCommand(new DecisionRequest(number, DecisionKind.Select, chosen, reason, false));
    }

    public override async Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (command is RefusedCommand refused)
        {
            return CommandReply.Error(refused.Message);
        }
        var request = ((DecideCommand)command).Request;
        var result = await decisions.DecideAsync(request, context.User, cancellationToken);
        return replies.For(request, result);
    }
}

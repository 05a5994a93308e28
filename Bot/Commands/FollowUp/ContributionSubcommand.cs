using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.FollowUp;
using MissionBot.Texts;
using MissionBot.Texts.FollowUp;

namespace MissionBot.Commands.FollowUp;

/// <summary>"/mission contribution 12 150€": what a selected person gave back to the network for a paid mission.</summary>
public sealed class ContributionSubcommand(FollowUpTexts texts, BotTexts core, ContributionService contributions) : FeatureSubcommand(texts)
{
    public override string Name => "contribution";

    public override IReadOnlyCollection<string> Aliases { get; } = ["contribuer", "contribute", "reverser"];

    public override ParsedCommand Parse(string arguments)
    {
        if (!ArgumentSyntax.TryNumber(Name, arguments, out var number, out var rest, out var error))
        {
            return error!;
        }
        return rest.Length == 0 ? new RefusedCommand(texts.ContributionMissing(number)) : new ContributionCommand(number, rest);
    }

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (command is RefusedCommand refused)
        {
            return Task.FromResult(CommandReply.Error(refused.Message));
        }
        var (number, given) = (ContributionCommand)command;
        var (outcome, mission, record) = contributions.Record(number, context.User, given);
        return Task.FromResult(outcome switch
        {
            ContributionOutcome.Recorded => CommandReply.Private(texts.ContributionRecorded(mission!, record!.Amount, record.Description)),
            ContributionOutcome.NotPaid => CommandReply.Error(texts.ContributionNotPaid(mission!)),
            ContributionOutcome.NotSelected => CommandReply.Error(texts.ContributionNotSelected(mission!)),
            _ => CommandReply.Error(core.MissionNotFound(number)),
        });
    }
}

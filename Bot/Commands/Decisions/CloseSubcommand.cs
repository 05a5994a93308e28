using MissionBot.Chat;
using MissionBot.Commands.FollowUp;
using MissionBot.Decisions;
using MissionBot.FollowUp;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts.Decisions;

namespace MissionBot.Commands.Decisions;

/// <summary>
/// "/mission close 12 [raison]": closes an open mission without a selection (every candidate answered);
/// on a filled mission, records it as done.
/// </summary>
public sealed class CloseSubcommand(
    DecisionTexts texts,
    DecisionService decisions,
    DecisionReplies replies,
    MissionRepository missions,
    CompletionService completion,
    DoneReplies doneReplies) : FeatureSubcommand(texts)
{
    public override string Name => "close";

    public override IReadOnlyCollection<string> Aliases { get; } = ["clore", "cloturer", "fermer", "clos"];

    public override ParsedCommand Parse(string arguments) => ParseEnding(Name, DecisionKind.Close, arguments);

    /// <summary>"12", "12 confirmer", "12 raison: pourvue" or "12 pourvue".</summary>
    public static ParsedCommand ParseEnding(string name, DecisionKind kind, string arguments)
    {
        if (!ArgumentSyntax.TryNumber(name, arguments, out var number, out var rest, out var error))
        {
            return error!;
        }
        var (before, reason) = ArgumentSyntax.SplitReason(rest);
        var confirmed = ArgumentSyntax.IsConfirmation(before);
        if (reason.Length == 0 && !confirmed)
        {
            reason = before;
        }
        return new DecideCommand(new DecisionRequest(number, kind, [], reason, confirmed));
    }

    public override async Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var request = ((DecideCommand)command).Request;
        if (missions.Find(request.MissionNumber) is { Status: MissionStatus.Filled })
        {
            var (outcome, mission, asked) = await completion.MarkDoneAsync(request.MissionNumber, context.User, cancellationToken);
            return doneReplies.For(request.MissionNumber, outcome, mission, asked);
        }
        var result = await decisions.DecideAsync(request, context.User, cancellationToken);
        return replies.For(request, result);
    }
}

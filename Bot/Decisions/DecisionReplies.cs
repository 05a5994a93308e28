using MissionBot.Chat;
using MissionBot.Texts;
using MissionBot.Texts.Decisions;

namespace MissionBot.Decisions;

/// <summary>Turns a decision's result into the private answer its author reads (after a command or a DM answer).</summary>
public sealed class DecisionReplies(DecisionTexts texts, BotTexts core, RefusalReasonGrid grid)
{
    public CommandReply For(DecisionRequest request, DecisionResult result)
    {
        var mission = result.Mission;
        return result.Outcome switch
        {
            DecisionOutcome.Decided => CommandReply.Private(
                texts.Decided(mission!, result.Selected.Select(s => s.Username).ToList(), result.Others.Count, result.Reason)),
            DecisionOutcome.NotAllowed => CommandReply.Error(texts.NotAllowed(mission!)),
            DecisionOutcome.NotOpen => CommandReply.Error(texts.NotOpen(mission!)),
            DecisionOutcome.NotACandidate => CommandReply.Error(
                texts.NotACandidate(mission!, result.Detail, result.Others.Select(o => o.Username).ToList())),
            DecisionOutcome.UnknownReason => CommandReply.Error(texts.UnknownReason(result.Detail, grid.For(request.Kind))),
            DecisionOutcome.ReasonNeeded or DecisionOutcome.ConfirmationNeeded => CommandReply.Private(
                texts.AskedPrivately(mission!, request.Kind, result.Others.Count, Example(request))),
            _ => CommandReply.Error(core.MissionNotFound(request.MissionNumber)),
        };
    }

    private string Example(DecisionRequest request) =>
        request.Kind == DecisionKind.Select
            ? $"{texts.Cmd} {DecisionService.CommandWithReason(request, grid.Reasons[0].Label, texts.ReasonWord)}"
            : $"{texts.Cmd} {DecisionService.CommandName(request.Kind)} {request.MissionNumber} {texts.ConfirmWord}";
}

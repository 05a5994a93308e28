using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.FollowUp;
using MissionBot.Texts.FollowUp;

namespace MissionBot.Commands.FollowUp;

/// <summary>"/mission avis 12 4 Très bonne équipe": a rating (1–5) and one sentence about a finished mission.</summary>
public sealed class FeedbackSubcommand(FollowUpTexts texts, FeedbackService feedback) : FeatureSubcommand(texts)
{
    public override string Name => "feedback";

    public override IReadOnlyCollection<string> Aliases { get; } = ["avis", "retour", "evaluer", "rate"];

    public override ParsedCommand Parse(string arguments)
    {
        if (!ArgumentSyntax.TryNumber(Name, arguments, out var number, out var rest, out var error))
        {
            return error!;
        }
        var (first, comment) = ArgumentSyntax.FirstWord(rest);
        var rating = first.Replace("/5", "", StringComparison.Ordinal);
        return rating.Length == 1 && rating[0] is >= '1' and <= '5'
            ? new FeedbackCommand(number, rating[0] - '0', comment)
            : new RefusedCommand(texts.BadRating(number));
    }

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (command is RefusedCommand refused)
        {
            return Task.FromResult(CommandReply.Error(refused.Message));
        }
        var (number, rating, comment) = (FeedbackCommand)command;
        var (outcome, _) = feedback.Record(context.User.Id, number, rating, comment);
        return Task.FromResult(outcome == FeedbackOutcome.Recorded
            ? CommandReply.Private(texts.FeedbackThanks(number, rating))
            : CommandReply.Error(texts.FeedbackNotAsked(number)));
    }
}

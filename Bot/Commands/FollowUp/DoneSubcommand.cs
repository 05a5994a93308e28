using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.FollowUp;
using MissionBot.Texts.FollowUp;

namespace MissionBot.Commands.FollowUp;

/// <summary>"/mission done 12": a filled mission is done; the people who did it and the owner are asked for feedback.</summary>
public sealed class DoneSubcommand(FollowUpTexts texts, CompletionService completion, DoneReplies replies) : FeatureSubcommand(texts)
{
    public override string Name => "done";

    public override IReadOnlyCollection<string> Aliases { get; } = ["terminer", "terminee", "termine", "realisee", "fini", "finie"];

    public override ParsedCommand Parse(string arguments) => CommandParser.WithNumber(Name, arguments, n => new MissionNumberCommand(n));

    public override async Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var number = ((MissionNumberCommand)command).MissionNumber;
        var (outcome, mission, asked) = await completion.MarkDoneAsync(number, context.User, cancellationToken);
        return replies.For(number, outcome, mission, asked);
    }
}

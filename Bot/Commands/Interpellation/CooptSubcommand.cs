using MissionBot.Chat;
using MissionBot.Conversations;
using MissionBot.Cooptation;
using MissionBot.Interpellation;
using MissionBot.Texts.Interpellation;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission coopt 12 [@alice @bob]": ask trusted people whom they trust for the mission.</summary>
public sealed class CooptSubcommand(InterpellationTexts texts, MissionGuard guard, CooptationService cooptation) : InterpellationSubcommand(texts)
{
    public override string Name => "coopt";

    public override IReadOnlyCollection<string> Aliases { get; } = ["coopter", "cooptation", "recommander", "recommend"];

    public override ParsedCommand Parse(string arguments)
    {
        var (first, rest) = SplitFirst(arguments);
        return CommandParser.WithNumber(Name, first, number =>
        {
            var names = rest.Split([' ', ',', ';', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .Select(Mentions.Clean)
                .Where(n => n.Length > 0 && n is not "et" and not "and")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return names.Count > CooptationService.MaxNames
                ? new RefusedInput(Texts.CooptTooManyNames(CooptationService.MaxNames, Usage))
                : new CooptCommand(number, names);
        });
    }

    protected override async Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var coopt = (CooptCommand)command;
        var (mission, refusal) = guard.Check(coopt.MissionNumber, context.User, mustBeOpen: true);
        if (mission is null)
        {
            return refusal!;
        }
        var report = await cooptation.AskAsync(mission, coopt.Usernames, cancellationToken);
        if (coopt.Usernames.Count == 0 && report.Asked.Count == 0 && report.Skipped.Count == 0)
        {
            return CommandReply.Private(Texts.CooptNobodyTrusted(mission));
        }
        return CommandReply.Private(Texts.CooptSummary(report));
    }
}

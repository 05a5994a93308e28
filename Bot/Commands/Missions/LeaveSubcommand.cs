using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Texts;

namespace MissionBot.Commands.Missions;

/// <summary>"/mission leave 12": withdraw a candidacy.</summary>
public sealed class LeaveSubcommand(BotTexts texts, MissionService missions) : CoreSubcommand(texts)
{
    public override string Name => "leave";

    public override IReadOnlyCollection<string> Aliases { get; } = ["retirer", "quitter", "withdraw", "desister"];

    public override ParsedCommand Parse(string arguments) => CommandParser.WithNumber(Name, arguments, n => new LeaveCommand(n));

    public override async Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var number = ((LeaveCommand)command).MissionNumber;
        var (outcome, mission) = await missions.LeaveAsync(number, context.User, cancellationToken);
        return outcome switch
        {
            LeaveOutcome.Left => CommandReply.Private(Texts.Withdrawn(mission!)),
            LeaveOutcome.NotCandidate => CommandReply.Error(Texts.NotCandidate(mission!)),
            _ => CommandReply.Error(Texts.MissionNotFound(number)),
        };
    }
}

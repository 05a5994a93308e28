using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Texts;

namespace MissionBot.Commands.Missions;

/// <summary>"/mission join 12" (also what the "Je me propose" button sends).</summary>
public sealed class JoinSubcommand(BotTexts texts, MissionService missions) : CoreSubcommand(texts)
{
    public override string Name => "join";

    public override IReadOnlyCollection<string> Aliases { get; } = ["rejoindre", "postuler", "candidater", "proposer"];

    public override ParsedCommand Parse(string arguments) => CommandParser.WithNumber(Name, arguments, n => new JoinCommand(n));

    public override async Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var number = ((JoinCommand)command).MissionNumber;
        var (outcome, mission) = await missions.JoinAsync(number, context.User, context.Source, "", cancellationToken);
        return outcome switch
        {
            JoinOutcome.Joined => CommandReply.Private(Texts.VolunteerAcknowledged(mission!)),
            JoinOutcome.AlreadyCandidate => CommandReply.Private(Texts.AlreadyCandidate(mission!)),
            JoinOutcome.OwnerRefused => CommandReply.Error(Texts.OwnerCannotVolunteer(mission!)),
            JoinOutcome.NotOpen => CommandReply.Error(Texts.MissionNotOpen(mission!)),
            _ => CommandReply.Error(Texts.MissionNotFound(number)),
        };
    }
}

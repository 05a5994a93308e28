using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Commands.Missions;

/// <summary>"/mission show 12": a mission's details, privately.</summary>
public sealed class ShowSubcommand(BotTexts texts, MissionRepository missions, CandidacyRepository candidacies) : CoreSubcommand(texts)
{
    public override string Name => "show";

    public override IReadOnlyCollection<string> Aliases { get; } = ["voir", "afficher", "info", "detail"];

    public override ParsedCommand Parse(string arguments) => CommandParser.WithNumber(Name, arguments, n => new ShowCommand(n));

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var number = ((ShowCommand)command).MissionNumber;
        if (missions.Find(number) is not { } mission)
        {
            return Task.FromResult(CommandReply.Error(Texts.MissionNotFound(number)));
        }
        var isCandidate = candidacies.Find(number, context.User.Id) is { Status: not CandidacyStatus.Withdrawn };
        return Task.FromResult(CommandReply.Private(Texts.MissionDetails(mission, candidacies.CountActive(number), isCandidate)));
    }
}

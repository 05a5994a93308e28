using MissionBot.Chat;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Commands.Missions;

/// <summary>"/mission list": the newest open missions (a screenful), and how many are open in all.</summary>
public sealed class ListSubcommand(BotTexts texts, MissionRepository missions) : CoreSubcommand(texts)
{
    public const int Shown = 20;

    public override string Name => "list";

    public override IReadOnlyCollection<string> Aliases { get; } = ["liste", "missions", "lister"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Length == 0 ? new ListCommand() : CommandParser.Unexpected(Name, arguments);

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var (newest, openCount) = missions.NewestOpen(Shown);
        return Task.FromResult(CommandReply.Private(newest.Count == 0 ? Texts.NoOpenMissions() : Texts.OpenMissions(newest, openCount)));
    }
}

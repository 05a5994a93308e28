using MissionBot.Chat;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Commands.Missions;

/// <summary>"/mission list": the open missions.</summary>
public sealed class ListSubcommand(BotTexts texts, MissionRepository missions) : CoreSubcommand(texts)
{
    public override string Name => "list";

    public override IReadOnlyCollection<string> Aliases { get; } = ["liste", "missions", "lister"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Length == 0 ? new ListCommand() : CommandParser.Unexpected(Name, arguments);

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var open = missions.ListOpen();
        return Task.FromResult(CommandReply.Private(open.Count == 0 ? Texts.NoOpenMissions() : Texts.OpenMissions(open)));
    }
}

using MissionBot.Chat;
using MissionBot.Missions;
using MissionBot.Texts;

namespace MissionBot.Commands.Missions;

/// <summary>"/mission new": with no text, the form; with text, the one-line form.</summary>
public sealed class NewMissionSubcommand(BotTexts texts, MissionDraftParser drafts, MissionService missions) : CoreSubcommand(texts)
{
    public override string Name => "new";

    public override IReadOnlyCollection<string> Aliases { get; } = ["nouvelle", "nouveau", "creer", "create", "publier"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Length == 0 ? new NewMissionCommand(null) : drafts.Parse(arguments).ToCommand();

    public override async Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var draft = ((NewMissionCommand)command).Draft;
        if (draft is null)
        {
            return new CommandReply(Texts.FormOpened()) { OpenMissionDialog = true };
        }
        var mission = await missions.CreateAsync(draft, context.User, cancellationToken);
        return mission is null ? CommandReply.Error(Texts.MissionNotPosted()) : CommandReply.Private(Texts.MissionPosted(mission));
    }
}

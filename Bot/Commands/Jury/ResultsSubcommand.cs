using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.Jury;
using MissionBot.Texts.Jury;

namespace MissionBot.Commands.Jury;

/// <summary>"/mission classement 12": the jury's ranking (owner, coordinators, jurors).</summary>
public sealed class ResultsSubcommand(JuryTexts texts, JuryService jury) : FeatureSubcommand(texts)
{
    public override string Name => "results";

    public override IReadOnlyCollection<string> Aliases { get; } = ["classement", "resultats", "resultat", "ranking"];

    public override ParsedCommand Parse(string arguments) => CommandParser.WithNumber(Name, arguments, n => new MissionNumberCommand(n));

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(jury.Results(((MissionNumberCommand)command).MissionNumber, context.User));
}

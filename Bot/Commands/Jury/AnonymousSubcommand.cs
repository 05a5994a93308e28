using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.Jury;
using MissionBot.Texts.Jury;

namespace MissionBot.Commands.Jury;

/// <summary>"/mission anonyme 12": jurors see candidacies as letters, without names, until the ranking.</summary>
public sealed class AnonymousSubcommand(JuryTexts texts, JuryService jury) : FeatureSubcommand(texts)
{
    public override string Name => "anonymous";

    public override IReadOnlyCollection<string> Aliases { get; } = ["anonyme", "anonymiser", "anonymise", "anonymize"];

    public override ParsedCommand Parse(string arguments) => CommandParser.WithNumber(Name, arguments, n => new MissionNumberCommand(n));

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(jury.SetAnonymous(((MissionNumberCommand)command).MissionNumber, context.User));
}

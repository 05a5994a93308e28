using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.Privacy;
using MissionBot.Texts.Privacy;

namespace MissionBot.Commands.Privacy;

/// <summary>"/mission my-data": everything stored about the person, privately, as a JSON file.</summary>
public sealed class MyDataSubcommand(PrivacyTexts texts, PrivacyService privacy) : FeatureSubcommand(texts)
{
    public override string Name => "my-data";

    public override IReadOnlyCollection<string> Aliases { get; } = ["mes-donnees", "mesdonnees", "mydata", "donnees", "rgpd", "gdpr"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Length == 0 ? new MyDataCommand() : CommandParser.Unexpected(Name, arguments);

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken) =>
        privacy.SendExportAsync(context.User, cancellationToken);
}

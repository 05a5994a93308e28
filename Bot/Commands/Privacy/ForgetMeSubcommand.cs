using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.Privacy;
using MissionBot.Texts.Privacy;

namespace MissionBot.Commands.Privacy;

/// <summary>"/mission forget-me", then "/mission forget-me confirmer": erase everything stored about the person.</summary>
public sealed class ForgetMeSubcommand(PrivacyTexts texts, PrivacyService privacy) : FeatureSubcommand(texts)
{
    public override string Name => "forget-me";

    public override IReadOnlyCollection<string> Aliases { get; } = ["oublie-moi", "oubliez-moi", "oubliemoi", "forgetme", "effacer-mes-donnees"];

    public override ParsedCommand Parse(string arguments) =>
        arguments.Length == 0 ? new ForgetMeCommand(false)
        : ArgumentSyntax.IsConfirmation(arguments) ? new ForgetMeCommand(true)
        : CommandParser.Unexpected(Name, arguments);

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken) =>
        privacy.ForgetAsync(context.User, ((ForgetMeCommand)command).Confirmed, cancellationToken);
}

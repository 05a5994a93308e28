using System.Text.RegularExpressions;
using MissionBot.Chat;
using MissionBot.Commands.Decisions;
using MissionBot.Jury;
using MissionBot.Texts;
using MissionBot.Texts.Jury;

namespace MissionBot.Commands.Jury;

/// <summary>"/mission jury 12 @a @b [grille: prix 40, méthode 30, expérience 30] [anonyme]": the mission's deciders.</summary>
public sealed partial class JurySubcommand(JuryTexts texts, JuryService jury) : FeatureSubcommand(texts)
{
    private static readonly HashSet<string> AnonymousWords = ["anonyme", "anonymous", "anonymise", "anonymes"];

    public override string Name => "jury";

    public override IReadOnlyCollection<string> Aliases { get; } = ["jurys", "juries", "jure", "jures"];

    public override ParsedCommand Parse(string arguments)
    {
        if (!ArgumentSyntax.TryNumber(Name, arguments, out var number, out var rest, out var error))
        {
            return error!;
        }
        var (before, grid) = ArgumentSyntax.SplitKey(rest, GridKey());
        var words = ArgumentSyntax.Words(before);
        var anonymous = words.Any(w => AnonymousWords.Contains(TextNormalizer.Fold(w)));
        // A grid typed after "anonyme" ends there; one typed before it carries it along.
        if (AnonymousWords.Any(a => TextNormalizer.Fold(grid).EndsWith(' ' + a, StringComparison.Ordinal)))
        {
            anonymous = true;
            grid = grid[..grid.LastIndexOf(' ')];
        }
        var names = words.Where(w => !AnonymousWords.Contains(TextNormalizer.Fold(w))).ToList();
        return names.Count == 0 && grid.Length == 0 && !anonymous
            ? new RefusedCommand(texts.NobodyNamed(number))
            : new JuryCommand(number, names, grid.Trim(), anonymous);
    }

    public override Task<CommandReply> ExecuteAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken) =>
        command is JuryCommand c
            ? jury.AddJurorsAsync(c.MissionNumber, context.User, c.Names, c.Grid, c.Anonymous, cancellationToken)
            : Task.FromResult(CommandReply.Error(((RefusedCommand)command).Message));

    [GeneratedRegex(@"\b(grille|grid|criteres|critères|criteria)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GridKey();
}

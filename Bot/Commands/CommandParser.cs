using MissionBot.Texts;

namespace MissionBot.Commands;

/// <summary>
/// Turns the text after "/mission" into a <see cref="ParsedCommand"/>. Subcommands have French and
/// English names; matching ignores case and accents. Never throws: bad input becomes an <see cref="InvalidCommand"/>.
/// </summary>
public sealed class CommandParser(MissionDraftParser draftParser)
{
    private delegate ParsedCommand SubcommandParser(string name, string arguments);

    private readonly Dictionary<string, SubcommandParser> _subcommands = BuildTable(draftParser);

    /// <summary>The canonical name of each subcommand, for help and syntax reminders.</summary>
    public static string Canonical(string folded) => Aliases.TryGetValue(folded, out var name) ? name : folded;

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["help"] = "help", ["aide"] = "help", ["?"] = "help",
        ["new"] = "new", ["nouvelle"] = "new", ["creer"] = "new", ["create"] = "new",
        ["join"] = "join", ["rejoindre"] = "join", ["postuler"] = "join", ["candidater"] = "join",
        ["leave"] = "leave", ["retirer"] = "leave", ["quitter"] = "leave", ["withdraw"] = "leave",
        ["list"] = "list", ["liste"] = "list", ["missions"] = "list",
        ["show"] = "show", ["voir"] = "show", ["afficher"] = "show", ["info"] = "show",
    };

    public ParsedCommand Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return new HelpCommand();
        }
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var word = space < 0 ? trimmed : trimmed[..space];
        var arguments = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        var name = Canonical(TextNormalizer.Fold(word));
        return _subcommands.TryGetValue(name, out var parse)
            ? parse(name, arguments)
            : new InvalidCommand(new CommandError(CommandErrorKind.UnknownSubcommand, Detail: Shorten(word)));
    }

    private static Dictionary<string, SubcommandParser> BuildTable(MissionDraftParser drafts) => new()
    {
        ["help"] = (_, _) => new HelpCommand(),
        ["list"] = (name, args) => args.Length == 0 ? new ListCommand() : Unexpected(name, args),
        ["new"] = (_, args) => args.Length == 0 ? new NewMissionCommand(null) : drafts.Parse(args).ToCommand(),
        ["join"] = (name, args) => WithNumber(name, args, n => new JoinCommand(n)),
        ["leave"] = (name, args) => WithNumber(name, args, n => new LeaveCommand(n)),
        ["show"] = (name, args) => WithNumber(name, args, n => new ShowCommand(n)),
    };

    /// <summary>Parses "12", "#12" or "n°12" as the only argument.</summary>
    private static ParsedCommand WithNumber(string name, string arguments, Func<int, ParsedCommand> make)
    {
        if (arguments.Length == 0)
        {
            return new InvalidCommand(new CommandError(CommandErrorKind.MissingMissionNumber, name));
        }
        return MissionNumber.TryParse(arguments, out var number)
            ? make(number)
            : new InvalidCommand(new CommandError(CommandErrorKind.BadMissionNumber, name, Shorten(arguments)));
    }

    private static InvalidCommand Unexpected(string name, string arguments) =>
        new(new CommandError(CommandErrorKind.UnexpectedText, name, Shorten(arguments)));

    /// <summary>Echoed fragments stay short, whatever was typed.</summary>
    private static string Shorten(string text) => SafeText.Truncate(text, 40);
}

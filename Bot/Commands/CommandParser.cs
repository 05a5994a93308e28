using MissionBot.Texts;

namespace MissionBot.Commands;

/// <summary>
/// Splits "/mission &lt;word&gt; &lt;arguments&gt;" and hands the arguments to the subcommand the word names.
/// Names ignore case and accents and exist in French and English. Never throws.
/// </summary>
public sealed class CommandParser
{
    private readonly Dictionary<string, ISubcommand> _byName = [];

    public CommandParser(IEnumerable<ISubcommand> subcommands)
    {
        Subcommands = subcommands.ToList();
        foreach (var subcommand in Subcommands)
        {
            _byName[subcommand.Name] = subcommand;
            foreach (var alias in subcommand.Aliases)
            {
                _byName[alias] = subcommand;
            }
        }
    }

    /// <summary>Every subcommand, in registration order (the order of the help).</summary>
    public IReadOnlyList<ISubcommand> Subcommands { get; }

    public ISubcommand? Find(string name) => _byName.GetValueOrDefault(TextNormalizer.Fold(name));

    public ParsedCommand Parse(string? text) => Resolve(text).Command;

    /// <summary>The subcommand (null for help and unknown words) and what it was asked.</summary>
    public (ISubcommand? Subcommand, ParsedCommand Command) Resolve(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var word = space < 0 ? trimmed : trimmed[..space];
        var arguments = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        var folded = TextNormalizer.Fold(word);
        if (folded is "" or "help" or "aide" or "?")
        {
            return (null, new HelpCommand());
        }
        return _byName.TryGetValue(folded, out var subcommand)
            ? (subcommand, subcommand.Parse(arguments))
            : (null, new InvalidCommand(new CommandError(CommandErrorKind.UnknownSubcommand, Detail: Shorten(word))));
    }

    /// <summary>Parses "12", "#12" or "n°12" as the only argument of <paramref name="name"/>.</summary>
    public static ParsedCommand WithNumber(string name, string arguments, Func<int, ParsedCommand> make)
    {
        if (arguments.Length == 0)
        {
            return new InvalidCommand(new CommandError(CommandErrorKind.MissingMissionNumber, name));
        }
        return MissionNumber.TryParse(arguments, out var number)
            ? make(number)
            : new InvalidCommand(new CommandError(CommandErrorKind.BadMissionNumber, name, Shorten(arguments)));
    }

    public static InvalidCommand Unexpected(string name, string arguments) =>
        new(new CommandError(CommandErrorKind.UnexpectedText, name, Shorten(arguments)));

    /// <summary>Echoed fragments stay short, whatever was typed.</summary>
    public static string Shorten(string text) => SafeText.Truncate(text, 40);
}

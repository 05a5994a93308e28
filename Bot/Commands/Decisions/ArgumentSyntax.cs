using System.Text.RegularExpressions;
using MissionBot.Texts;

namespace MissionBot.Commands.Decisions;

/// <summary>Reads the arguments of the decision, jury and follow-up commands: a mission number, names, "raison: ...".</summary>
public static partial class ArgumentSyntax
{
    private static readonly HashSet<string> ConfirmWords = ["confirmer", "confirme", "confirm", "oui", "yes", "ok", "--confirm"];

    public static bool IsConfirmation(string text) => ConfirmWords.Contains(TextNormalizer.Fold(text).Trim('.', '!', ' '));

    /// <summary>Reads the mission number in front; <paramref name="error"/> explains a missing or bad one.</summary>
    public static bool TryNumber(string name, string arguments, out int number, out string rest, out ParsedCommand? error)
    {
        var (first, remainder) = FirstWord(arguments);
        rest = remainder;
        error = null;
        if (first.Length == 0)
        {
            number = 0;
            error = new InvalidCommand(new CommandError(CommandErrorKind.MissingMissionNumber, name));
            return false;
        }
        if (!MissionNumber.TryParse(first, out number))
        {
            error = new InvalidCommand(new CommandError(CommandErrorKind.BadMissionNumber, name, CommandParser.Shorten(first)));
            return false;
        }
        return true;
    }

    public static (string First, string Remainder) FirstWord(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        return space < 0 ? (trimmed, "") : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }

    /// <summary>Splits "@bob @carol raison: dispo" into "@bob @carol" and "dispo".</summary>
    public static (string Before, string Value) SplitKey(string text, Regex key)
    {
        var match = key.Match(text);
        return match.Success ? (text[..match.Index].Trim(), text[(match.Index + match.Length)..].Trim()) : (text.Trim(), "");
    }

    public static (string Before, string Reason) SplitReason(string text) => SplitKey(text, ReasonKey());

    public static IReadOnlyList<string> Words(string text) =>
        text.Split([' ', ',', ';', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\b(raison|reason|motif)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonKey();
}

using Microsoft.Extensions.Time.Testing;
using MissionBot.Commands;
using MissionBot.Tests.Fakes;

namespace MissionBot.Tests.Commands;

public sealed class CommandParserTests
{
    private static readonly CommandParser Parser =
        Parsers.Command(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));

    [TestCaseSource(nameof(ValidCommands))]
    public void Parse_ValidCommand_GivesTheCommand(string text, ParsedCommand expected) =>
        Assert.That(Parser.Parse(text), Is.EqualTo(expected));

    private static IEnumerable<TestCaseData> ValidCommands()
    {
        yield return new TestCaseData("", new HelpCommand());
        yield return new TestCaseData("   ", new HelpCommand());
        yield return new TestCaseData("help", new HelpCommand());
        yield return new TestCaseData("aide", new HelpCommand());
        yield return new TestCaseData("AIDE", new HelpCommand());
        yield return new TestCaseData("?", new HelpCommand());
        yield return new TestCaseData("help me please", new HelpCommand());
        yield return new TestCaseData("list", new ListCommand());
        yield return new TestCaseData("Liste", new ListCommand());
        yield return new TestCaseData("missions", new ListCommand());
        yield return new TestCaseData("  list  ", new ListCommand());
        yield return new TestCaseData("new", new NewMissionCommand(null));
        yield return new TestCaseData("nouvelle", new NewMissionCommand(null));
        yield return new TestCaseData("Créer", new NewMissionCommand(null));
        yield return new TestCaseData("create", new NewMissionCommand(null));
        yield return new TestCaseData("join 12", new JoinCommand(12));
        yield return new TestCaseData("JOIN 12", new JoinCommand(12));
        yield return new TestCaseData("rejoindre #12", new JoinCommand(12));
        yield return new TestCaseData("postuler n°12", new JoinCommand(12));
        yield return new TestCaseData("candidater   12  ", new JoinCommand(12));
        yield return new TestCaseData("join\t7", new JoinCommand(7));
        yield return new TestCaseData("leave 3", new LeaveCommand(3));
        yield return new TestCaseData("retirer 3", new LeaveCommand(3));
        yield return new TestCaseData("quitter #3", new LeaveCommand(3));
        yield return new TestCaseData("withdraw 3", new LeaveCommand(3));
        yield return new TestCaseData("show 5", new ShowCommand(5));
        yield return new TestCaseData("voir 5", new ShowCommand(5));
        yield return new TestCaseData("afficher no 5", new ShowCommand(5));
        yield return new TestCaseData("info 5", new ShowCommand(5));
    }

    [TestCaseSource(nameof(InvalidCommands))]
    public void Parse_InvalidCommand_SaysWhy(string text, CommandError expected) =>
        Assert.That(Parser.Parse(text), Is.EqualTo(new InvalidCommand(expected)));

    private static IEnumerable<TestCaseData> InvalidCommands()
    {
        yield return new TestCaseData("frobnicate", new CommandError(CommandErrorKind.UnknownSubcommand, Detail: "frobnicate"));
        yield return new TestCaseData("supprimer 12", new CommandError(CommandErrorKind.UnknownSubcommand, Detail: "supprimer"));
        yield return new TestCaseData("join", new CommandError(CommandErrorKind.MissingMissionNumber, "join"));
        yield return new TestCaseData("rejoindre   ", new CommandError(CommandErrorKind.MissingMissionNumber, "join"));
        yield return new TestCaseData("join abc", new CommandError(CommandErrorKind.BadMissionNumber, "join", "abc"));
        yield return new TestCaseData("join 0", new CommandError(CommandErrorKind.BadMissionNumber, "join", "0"));
        yield return new TestCaseData("join -3", new CommandError(CommandErrorKind.BadMissionNumber, "join", "-3"));
        yield return new TestCaseData("join 12 13", new CommandError(CommandErrorKind.BadMissionNumber, "join", "12 13"));
        yield return new TestCaseData("leave x", new CommandError(CommandErrorKind.BadMissionNumber, "leave", "x"));
        yield return new TestCaseData("voir", new CommandError(CommandErrorKind.MissingMissionNumber, "show"));
        yield return new TestCaseData("list all", new CommandError(CommandErrorKind.UnexpectedText, "list", "all"));
        yield return new TestCaseData("new | pas de titre", new CommandError(CommandErrorKind.EmptyTitle, "new"));
    }

    [Test]
    public void Parse_LongUnknownWord_IsEchoedShortenedWithAnEllipsis()
    {
        var word = new string('x', 200);

        var error = ((InvalidCommand)Parser.Parse(word)).Error;

        Assert.That(error.Detail, Has.Length.EqualTo(40).And.EndsWith("…"));
    }

    [Test]
    public void Parse_NewWithText_GivesADraft()
    {
        var command = (NewMissionCommand)Parser.Parse("nouvelle Affiche du festival | lieu: Lyon");

        Assert.That(command.Draft!.Title, Is.EqualTo("Affiche du festival"));
        Assert.That(command.Draft.Place, Is.EqualTo("Lyon"));
    }
}
